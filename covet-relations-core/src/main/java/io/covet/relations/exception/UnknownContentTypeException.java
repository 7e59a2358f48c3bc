package io.covet.relations.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * A content type id or natural key does not name a registered model. Content types only ever resolve to registered
 * models; no class is loaded by a name read from the database. Also raised when a model's content type is unknown to
 * the current transaction and cannot be created in it: its row was created by a transaction this thread suspended
 * ({@code REQUIRES_NEW}) and is not committed yet.
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
