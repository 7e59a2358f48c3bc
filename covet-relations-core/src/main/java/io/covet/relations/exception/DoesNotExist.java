package io.covet.relations.exception;

import org.springframework.dao.EmptyResultDataAccessException;

/** {@code get()} found no row, or a one-to-one reverse side has no object. Named after Django's exception. */
public class DoesNotExist extends EmptyResultDataAccessException {

	private static final long serialVersionUID = 1L;

	private final String model;

	/**
	 * Creates the exception for a query that matched nothing.
	 * @param model the model's name
	 * @param detail the filters that matched nothing, or {@code null}
	 */
	public DoesNotExist(String model, String detail) {
		super(model + " matching query does not exist" + (detail == null ? "" : " (" + detail + ")"), 1);
		this.model = model;
	}

	/** The name of the model that had no matching row. */
	public String getModel() {
		return this.model;
	}
}
