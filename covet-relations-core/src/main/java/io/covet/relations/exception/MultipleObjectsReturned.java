package io.covet.relations.exception;

import org.springframework.dao.IncorrectResultSizeDataAccessException;

/** {@code get()} matched more than one row. Named after Django's exception. */
public class MultipleObjectsReturned extends IncorrectResultSizeDataAccessException {

	private static final long serialVersionUID = 1L;

	/**
	 * Creates the exception for a query that matched several rows.
	 * @param model the model's name
	 * @param found how many rows matched; {@code get()} reads at most 21
	 */
	public MultipleObjectsReturned(String model, int found) {
		super("get() returned more than one " + model + " -- it returned " + (found > 20 ? "more than 20" : found) + "!", 1,
				found);
	}
}
