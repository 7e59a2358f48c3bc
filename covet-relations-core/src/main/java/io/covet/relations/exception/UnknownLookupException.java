package io.covet.relations.exception;

import java.util.Collection;

/** A lookup suffix ({@code __startswith}, ...) is not supported for the field; the message lists those that are. */
public class UnknownLookupException extends InvalidQueryException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception for one lookup.
	 * @param model the model's name
	 * @param field the field the lookup was applied to
	 * @param lookup the lookup that is not supported
	 * @param validLookups the lookups the field supports, listed in the message
	 */
	public UnknownLookupException(String model, String field, String lookup, Collection<String> validLookups) {
		super("Unsupported lookup '" + lookup + "' for " + model + "." + field + "; choices are: "
				+ String.join(", ", validLookups));
	}
}
