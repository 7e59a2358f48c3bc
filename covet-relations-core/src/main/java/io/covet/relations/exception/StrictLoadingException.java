package io.covet.relations.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * In strict loading mode, a relation that was not selected or prefetched was about to be loaded by a query of its
 * own: the N+1 pattern. Fix the query with {@code selectRelated} or {@code prefetchRelated}.
 */
public class StrictLoadingException extends InvalidDataAccessApiUsageException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception for one relation.
	 * @param relation the relation about to be loaded ({@code "Book.author"})
	 * @param fix how to load it with the query instead
	 */
	public StrictLoadingException(String relation, String fix) {
		super("Strict loading: " + relation + " was not loaded and would need a query of its own; " + fix);
	}
}
