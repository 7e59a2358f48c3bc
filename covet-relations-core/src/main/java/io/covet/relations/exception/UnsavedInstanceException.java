package io.covet.relations.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/**
 * An operation needs an instance's primary key but the instance has not been saved; refusing prevents
 * silently writing NULL references (Django: "save() prohibited to prevent data loss due to unsaved related object").
 */
public class UnsavedInstanceException extends InvalidDataAccessApiUsageException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message the instance's model and the operation that needs its key
	 */
	public UnsavedInstanceException(String message) {
		super(message);
	}
}
