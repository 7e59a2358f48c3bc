package io.covet.relations.exception;

import java.util.Collection;
import java.util.List;

/** A field or relation name is not defined on the model; the message lists the names that are. */
public class UnknownFieldException extends InvalidQueryException {

	private static final long serialVersionUID = 1L;

	private final String model;

	private final String field;

	private final List<String> validNames;

	public UnknownFieldException(String model, String field, Collection<String> validNames) {
		super("Cannot resolve '" + field + "' on model " + model + "; choices are: " + String.join(", ", validNames));
		this.model = model;
		this.field = field;
		this.validNames = List.copyOf(validNames);
	}

	public String getModel() {
		return this.model;
	}

	public String getField() {
		return this.field;
	}

	public List<String> getValidNames() {
		return this.validNames;
	}
}
