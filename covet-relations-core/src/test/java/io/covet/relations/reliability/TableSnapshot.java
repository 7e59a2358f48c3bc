package io.covet.relations.reliability;

import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.testing.TestDatabase;

/**
 * Every row of every table of the registered models, read through a fresh connection and sorted, so that two
 * snapshots are equal exactly when no row was added, removed or changed in between. Row counts alone would miss an
 * operation that rewrote columns halfway (a tree move that shifted half of its ranges).
 */
record TableSnapshot(Map<String, List<String>> rows) {

	static TableSnapshot of(TestDatabase db) {
		Map<String, List<String>> rows = new TreeMap<>();
		for (ModelMeta<?> model : db.relations().registry().models()) {
			List<String> table = db.jdbc().query("SELECT * FROM " + db.dialect().quote(model.table()), (rs, n) -> {
				ResultSetMetaData columns = rs.getMetaData();
				StringBuilder row = new StringBuilder();
				for (int i = 1; i <= columns.getColumnCount(); i++) {
					row.append(i > 1 ? " | " : "").append(columns.getColumnLabel(i)).append('=').append(rs.getString(i));
				}
				return row.toString();
			});
			List<String> sorted = new ArrayList<>(table);
			Collections.sort(sorted);
			rows.put(model.table(), sorted);
		}
		return new TableSnapshot(rows);
	}
}
