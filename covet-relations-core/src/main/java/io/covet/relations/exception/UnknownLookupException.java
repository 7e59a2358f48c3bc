package io.covet.relations.exception;

import java.util.Collection;

/** A lookup suffix ({@code __startswith}, ...) is not supported for the field; the message lists those that are. */
public class UnknownLookupException extends InvalidQueryException {

	private static final long serialVersionUID = 1L;

	public UnknownLookupException(String model, String field, String lookup, Collection<String> validLookups) {
		super("Unsupported lookup '" + lookup + "' for " + model + "." + field + "; choices are: "
				+ String.join(", ", validLookups));
	}
}
