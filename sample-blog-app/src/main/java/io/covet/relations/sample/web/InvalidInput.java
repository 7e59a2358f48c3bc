package io.covet.relations.sample.web;

/** A request the blog cannot take (a required field missing, a value longer than its column); answered with 400. */
public class InvalidInput extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** Creates the exception; the message names the field and what is wrong with it. */
	public InvalidInput(String message) {
		super(message);
	}
}
