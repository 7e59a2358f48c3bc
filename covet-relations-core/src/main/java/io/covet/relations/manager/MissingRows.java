package io.covet.relations.manager;

import java.util.HexFormat;
import java.util.List;
import java.util.Set;

import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.KeyedStatements;
import io.covet.relations.internal.Keys;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ModelMeta;

/**
 * The check that objects a manager attaches by key have rows. A key the application assigns (a UUID, a code) is set
 * before the object is inserted, so only the database can tell an unsaved object from a saved one: an UPDATE by key
 * that matches fewer rows than it was given keys names objects that were never inserted (or were deleted since).
 */
final class MissingRows {

	private MissingRows() {
	}

	/**
	 * Throws when {@code updated}, the rows an UPDATE by the distinct {@code keys} matched, is short of them, naming
	 * the keys that have no row. Call it inside the UPDATE's transaction, so that the exception rolls it back.
	 * @throws UnsavedInstanceException when some key has no row
	 */
	static void require(CovetContext context, ModelMeta<?> model, List<Object> keys, long updated, String usedFor) {
		if (updated >= keys.size()) {
			return;
		}
		FieldMeta pk = model.primaryKey();
		Set<Object> found = Keys.setOf(new KeyedStatements(context).select(model, pk, pk, keys));
		List<Object> missing = keys.stream().filter(key -> !found.contains(key)).toList();
		if (missing.isEmpty()) {
			// The short count came from keys the caller's list holds twice in forms equal only to the database.
			return;
		}
		throw new UnsavedInstanceException(model.name() + " instances used for " + usedFor + " have no row: "
				+ missing.stream().map(MissingRows::describe).toList()
				+ "; save them first (their keys are set, but they were never inserted or have been deleted)");
	}

	private static String describe(Object key) {
		return (key instanceof byte[] bytes) ? HexFormat.of().formatHex(bytes) : String.valueOf(key);
	}
}
