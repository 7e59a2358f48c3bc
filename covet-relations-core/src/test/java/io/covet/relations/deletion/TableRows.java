package io.covet.relations.deletion;

import java.sql.ResultSetMetaData;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.testing.TestDatabase;

/**
 * Every row of every registered table, keyed by table and primary key, each value as the driver's text (so a key
 * reads the same on every database). Expected states are derived from a snapshot by removing rows and rewriting
 * columns, then compared whole: a delete that took one row too many, or re-pointed a bystander, shows as a difference.
 */
record TableRows(Map<String, Map<String, Map<String, String>>> tables) {

	static TableRows read(TestDatabase db) {
		Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
		for (ModelMeta<?> model : db.relations().registry().models()) {
			String key = model.primaryKey().column().toLowerCase(Locale.ROOT);
			Map<String, Map<String, String>> rows = new TreeMap<>();
			db.jdbc().query("SELECT * FROM " + db.dialect().quote(model.table()), rs -> {
				ResultSetMetaData columns = rs.getMetaData();
				Map<String, String> row = new TreeMap<>();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					row.put(columns.getColumnLabel(i).toLowerCase(Locale.ROOT), rs.getString(i));
				}
				rows.put(row.get(key), row);
			});
			tables.put(model.table(), rows);
		}
		return new TableRows(tables);
	}

	/** These rows without the given rows of {@code model}'s table. */
	TableRows without(ModelMeta<?> model, Collection<?> keys) {
		TableRows copy = copy();
		Map<String, Map<String, String>> rows = copy.tables.get(model.table());
		for (Object key : keys) {
			if (rows.remove(String.valueOf(key)) == null) {
				throw new IllegalArgumentException("no row " + key + " in " + model.table());
			}
		}
		return copy;
	}

	/** These rows with {@code column} of the given rows of {@code model}'s table set to {@code value}. */
	TableRows with(ModelMeta<?> model, Collection<?> keys, String column, Object value) {
		TableRows copy = copy();
		Map<String, Map<String, String>> rows = copy.tables.get(model.table());
		for (Object key : keys) {
			rows.get(String.valueOf(key)).put(column.toLowerCase(Locale.ROOT), value == null ? null : String.valueOf(value));
		}
		return copy;
	}

	private TableRows copy() {
		Map<String, Map<String, Map<String, String>>> tables = new TreeMap<>();
		this.tables.forEach((table, rows) -> {
			Map<String, Map<String, String>> copied = new TreeMap<>();
			rows.forEach((key, row) -> copied.put(key, new LinkedHashMap<>(row)));
			tables.put(table, copied);
		});
		return new TableRows(tables);
	}
}
