package io.covet.relations.exception;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A tree operation would make (or found) a cycle: moving a node under its own descendant, or cyclic parent data
 * written behind the library's back, detected by the depth guard. Named like Django-style errors.
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
