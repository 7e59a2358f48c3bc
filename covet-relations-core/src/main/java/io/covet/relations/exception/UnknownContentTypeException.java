package io.covet.relations.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A content type id or natural key does not name a registered model. Content types only ever resolve to registered
 * models; no class is loaded by a name read from the database.
 */
public class UnknownContentTypeException extends InvalidDataAccessApiUsageException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message the model or content-type key that is not registered
	 */
	public UnknownContentTypeException(String message) {
		super(message);
	}
}
