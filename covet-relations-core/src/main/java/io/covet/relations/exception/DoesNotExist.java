package io.covet.relations.exception;

import org.springframework.dao.EmptyResultDataAccessException;

/**
 * {@code get()} found no row, a one-to-one reverse side has no object, or an object to remove from a reverse manager
 * is not the owner's. Named after Django's exception.
 */
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

	private DoesNotExist(String message, String model, boolean unused) {
		super(message, 1);
		this.model = model;
	}

	/**
	 * An object a reverse manager was asked to remove is not among the owner's (Django raises {@code DoesNotExist}
	 * there too).
	 * @param model the object's model name
	 * @param object the object, described (its model and key)
	 * @param owner the manager's owner, described
	 */
	public static DoesNotExist notRelated(String model, String object, String owner) {
		return new DoesNotExist(object + " is not related to " + owner, model, true);
	}

	/** The name of the model that had no matching row. */
	public String getModel() {
		return this.model;
	}
}
