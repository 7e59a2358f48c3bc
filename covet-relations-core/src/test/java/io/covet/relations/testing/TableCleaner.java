package io.covet.relations.testing;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;

import io.covet.relations.contenttype.ContentType;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.metadata.ModelMeta;

/** Empties every model table of a test database, foreign keys notwithstanding. */
final class TableCleaner {

	private final TestDatabase database;

	TableCleaner(TestDatabase database) {
		this.database = database;
	}

	void clean() {
		List<String> tables = new ArrayList<>();
		for (ModelMeta<?> model : this.database.relations().registry().models()) {
			// Content types stay: their ids are cached, and stable across tests like across restarts.
			if (model.type() != ContentType.class) {
				tables.add(model.table());
			}
		}
		if (tables.isEmpty()) {
			return;
		}
		Dialect dialect = this.database.dialect();
		this.database.jdbc().execute((ConnectionCallback<Void>) connection -> {
			try (Statement statement = connection.createStatement()) {
				if (this.database.is(TestTarget.POSTGRESQL)) {
					StringBuilder truncate = new StringBuilder("TRUNCATE ");
					for (int i = 0; i < tables.size(); i++) {
						truncate.append(i > 0 ? ", " : "").append(dialect.quote(tables.get(i)));
					}
					statement.execute(truncate.append(" CASCADE").toString());
					return null;
				}
				statement.execute(dialect.suspendForeignKeyChecks());
				try {
					for (String table : tables) {
						statement.execute("DELETE FROM " + dialect.quote(table));
					}
				}
				finally {
					statement.execute(dialect.restoreForeignKeyChecks());
				}
			}
			return null;
		});
	}
}
