package io.covet.relations.exception;

import org.springframework.dao.EmptyResultDataAccessException;

/** {@code get()} found no row, or a one-to-one reverse side has no object. Named after Django's exception. */
public class DoesNotExist extends EmptyResultDataAccessException {

	private static final long serialVersionUID = 1L;

	private final String model;

	public DoesNotExist(String model, String detail) {
		super(model + " matching query does not exist" + (detail == null ? "" : " (" + detail + ")"), 1);
		this.model = model;
	}

	public String getModel() {
		return this.model;
	}
}
