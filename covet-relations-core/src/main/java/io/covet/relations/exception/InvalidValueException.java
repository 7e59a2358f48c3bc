package io.covet.relations.exception;

/** A value cannot be used for a field: wrong type (a String for a Long key), an instance of the wrong model, ... */
public class InvalidValueException extends InvalidQueryException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception.
	 * @param message which value was refused, and why
	 */
	public InvalidValueException(String message) {
		super(message);
	}
}
