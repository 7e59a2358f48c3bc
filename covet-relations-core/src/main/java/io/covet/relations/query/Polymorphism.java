package io.covet.relations.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.InheritanceKind;
import io.covet.relations.metadata.ModelMeta;

/**
 * Replaces rows of a multi-table parent by instances of their most specific subclass, read with the same
 * {@code selectRelated} paths as the parent's rows were (a subclass has its parent's relations).
 */
final class Polymorphism {

	private Polymorphism() {
	}

	@SuppressWarnings("unchecked")
	static <T> List<T> specialize(CovetContext context, ModelMeta<T> model, List<T> rows, List<String> selectRelated) {
		if (rows.isEmpty()) {
			return rows;
		}
		Map<Object, Object> specific = new LinkedHashMap<>();
		List<Object> keys = new ArrayList<>();
		for (T row : rows) {
			keys.add(model.primaryKeyValue(row));
		}
		specializeInto(context, model, keys, specific, selectRelated.toArray(String[]::new));
		List<T> result = new ArrayList<>(rows.size());
		for (T row : rows) {
			Object replacement = specific.get(model.primaryKeyValue(row));
			result.add(replacement != null ? (T) replacement : row);
		}
		return result;
	}

	private static void specializeInto(CovetContext context, ModelMeta<?> model, List<Object> keys,
			Map<Object, Object> specific, String[] selectRelated) {
		for (ModelMeta<?> child : model.children()) {
			if (child.inheritance() != InheritanceKind.JOINED) {
				continue;
			}
			Map<Object, ?> rows = context.everyRow(child).selectRelated(selectRelated).inBulk(keys);
			specific.putAll(rows);
			List<Object> found = new ArrayList<>(rows.keySet());
			if (!found.isEmpty()) {
				specializeInto(context, child, found, specific, selectRelated);
			}
		}
	}
}
