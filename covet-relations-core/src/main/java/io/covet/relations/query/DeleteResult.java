package io.covet.relations.query;

import java.util.Map;

/**
 * What a delete removed: the total and the count per model name, the shape of Django's {@code delete()} result.
 *
 * @param total rows deleted over all models
 * @param perModel rows deleted per model name
 */
public record DeleteResult(long total, Map<String, Long> perModel) {

	public DeleteResult {
		perModel = Map.copyOf(perModel);
	}

	/** Rows deleted of one model, 0 when none. */
	public long count(String model) {
		return this.perModel.getOrDefault(model, 0L);
	}
}
