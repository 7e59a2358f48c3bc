package io.covet.relations.exception;

import org.springframework.dao.InvalidDataAccessApiUsageException;

/** A class was used as a model but was never registered with the model registry. */
public class UnknownModelException extends InvalidDataAccessApiUsageException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception for one class.
	 * @param type the class that is not a registered model
	 */
	public UnknownModelException(Class<?> type) {
		super(type.getName() + " is not a registered model; register it (or annotate it with @Model inside a scanned package)");
	}
}
