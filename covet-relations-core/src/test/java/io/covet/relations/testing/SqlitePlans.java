package io.covet.relations.testing;

import java.util.List;

import io.covet.relations.dialect.KeyListSubquery;

/** SQLite's query plans, for tests that check which table a statement reads first. */
public final class SqlitePlans {

	private SqlitePlans() {
	}

	/**
	 * The first step of SQLite's plan (its outer loop) for a statement whose only parameters are {@code keys}, bound
	 * as the library binds them: one by one, or as one JSON array where the statement has a single placeholder.
	 */
	public static String firstStep(TestDatabase db, String sql, List<?> keys) {
		Object[] parameters = (sql.chars().filter(c -> c == '?').count() == 1) ? new Object[] { KeyListSubquery.json(keys) }
				: keys.toArray();
		return firstStepBinding(db, sql, parameters);
	}

	/** The first step of SQLite's plan for a statement with the given parameters. */
	public static String firstStepBinding(TestDatabase db, String sql, Object... parameters) {
		return db.jdbc().query("EXPLAIN QUERY PLAN " + sql, rs -> {
			rs.next();
			return rs.getString("detail");
		}, parameters);
	}
}
