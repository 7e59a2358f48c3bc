package io.covet.relations.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A relation was read that was neither selected nor prefetched. The library never loads it behind the caller's
 * back; the message says how to load it.
 */
public class RelationNotLoadedException extends InvalidDataAccessApiUsageException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message the relation, and how to load it
	 */
	public RelationNotLoadedException(String message) {
		super(message);
	}
}
