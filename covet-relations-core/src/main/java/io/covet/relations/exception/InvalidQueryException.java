package io.covet.relations.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/** A query was built from names or values that do not fit the model. Nothing was sent to the database. */
public class InvalidQueryException extends InvalidDataAccessApiUsageException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message what is wrong with the query, naming the model and field
	 */
	public InvalidQueryException(String message) {
		super(message);
	}
}
