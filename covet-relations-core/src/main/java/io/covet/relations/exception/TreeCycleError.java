package io.covet.relations.exception;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A tree operation would make (or found) a cycle: moving a node under its own descendant, or cyclic parent data
 * written behind the library's back, found when a recursive read meets a key again (Brent's cycle detection walking
 * up, the start node walking down), when a walk up reaches the depth guard, or by {@code rebuild()} when rows are
 * reached from no root. Named like Django-style errors.
 */
public class TreeCycleError extends DataIntegrityViolationException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message the node, and the move or walk that met the cycle
	 */
	public TreeCycleError(String message) {
		super(message);
	}
}
