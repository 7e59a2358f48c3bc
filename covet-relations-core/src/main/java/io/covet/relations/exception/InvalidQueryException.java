package io.covet.relations.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A query was built from names or values that do not fit the model, or a row read does not fit it. Most are raised
 * before anything is sent to the database; a few after statements ran: a prefetch step checked once the rows it
 * starts from are read, or a row whose discriminator value names no model ({@link InvalidValueException}).
 */
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
