package io.covet.relations.deletion;

import java.util.Map;

/**
 * What a delete removes and changes, without running it: rows deleted per model and rows updated per relation
 * ({@code "Book.editor"} for a SET_NULL), the shape Django's {@code delete()} reports.
 *
 * @param deletes rows deleted per model name
 * @param updates rows updated per relation
 */
public record DeletionPlan(Map<String, Long> deletes, Map<String, Long> updates) {

	public DeletionPlan {
		deletes = Map.copyOf(deletes);
		updates = Map.copyOf(updates);
	}

	/** Rows deleted over all models. */
	public long total() {
		return this.deletes.values().stream().mapToLong(Long::longValue).sum();
	}
}
