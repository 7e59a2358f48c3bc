package io.covet.relations.exception;

import java.util.Collection;
import java.util.List;

/** A field or relation name is not defined on the model; the message lists the names that are. */
public class UnknownFieldException extends InvalidQueryException {

	private static final long serialVersionUID = 1L;

	private final String model;

	private final String field;

	private final List<String> validNames;

	/**
	 * Creates the exception for one name.
	 * @param model the model's name
	 * @param field the name that did not resolve
	 * @param validNames the names the model defines, listed in the message
	 */
	public UnknownFieldException(String model, String field, Collection<String> validNames) {
		super("Cannot resolve '" + field + "' on model " + model + "; choices are: " + String.join(", ", validNames));
		this.model = model;
		this.field = field;
		this.validNames = List.copyOf(validNames);
	}

	/** The name of the model the field was looked up on. */
	public String getModel() {
		return this.model;
	}

	/** The name that did not resolve. */
	public String getField() {
		return this.field;
	}

	/** The field and relation names the model does define. */
	public List<String> getValidNames() {
		return this.validNames;
	}
}
