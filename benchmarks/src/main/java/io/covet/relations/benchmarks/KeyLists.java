package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * How the hand-written JDBC column binds a list of keys, as a careful engineer would: one {@code bigint[]} parameter
 * ({@code = ANY(?)}) on PostgreSQL, whatever the length; elsewhere IN-lists as long as the database's bind-parameter
 * cap allows (SQLite 32,766, MariaDB 65,535), so a long list costs as few statements as possible. A SELECT on SQLite
 * binds a list of more than 100 keys as one JSON array of any length ({@code IN (SELECT value FROM json_each(?))}),
 * as covet does: from about 100 keys it costs no more than binding each key (at 5,000, 0.58 of the time for one
 * table), and with statistics SQLite plans a join with a long IN-list badly.
 */
final class KeyLists {

	private static final int SQLITE_KEYS_BEFORE_JSON = 100;

	private KeyLists() {
	}

	/** Reads the rows of a query per key chunk. */
	@FunctionalInterface
	interface RowHandler {

		void row(ResultSet rs) throws SQLException;
	}

	@FunctionalInterface
	private interface StatementWork {

		void run(PreparedStatement ps) throws SQLException;
	}

	/**
	 * Runs {@code sqlBeforeKeys + " = ANY(?)"} (or {@code + " IN (?, ...)"}) + {@code sqlAfterKeys} for all keys
	 * and hands every row to the handler.
	 */
	static void select(Fixture fixture, Connection connection, String sqlBeforeKeys, String sqlAfterKeys, List<Long> keys,
			RowHandler handler) throws SQLException {
		forEachChunk(fixture, connection, sqlBeforeKeys, sqlAfterKeys, keys, true, ps -> {
			try (ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					handler.row(rs);
				}
			}
		});
	}

	/** Runs an UPDATE or DELETE restricted to the keys, as {@link #select}; returns the rows it changed. */
	static long update(Fixture fixture, Connection connection, String sqlBeforeKeys, String sqlAfterKeys, List<Long> keys)
			throws SQLException {
		long[] changed = { 0 };
		forEachChunk(fixture, connection, sqlBeforeKeys, sqlAfterKeys, keys, false, ps -> changed[0] += ps.executeLargeUpdate());
		return changed[0];
	}

	private static void forEachChunk(Fixture fixture, Connection connection, String before, String after, List<Long> keys,
			boolean select, StatementWork work) throws SQLException {
		if (keys.isEmpty()) {
			return;
		}
		if (fixture.postgres()) {
			try (PreparedStatement ps = connection.prepareStatement(before + " = ANY(?)" + after)) {
				ps.setArray(1, connection.createArrayOf("bigint", keys.toArray(Long[]::new)));
				work.run(ps);
			}
			return;
		}
		boolean sqlite = fixture.database.equals("sqlite");
		if (select && sqlite && keys.size() > SQLITE_KEYS_BEFORE_JSON) {
			// One JSON array carries any number of keys: one statement.
			try (PreparedStatement ps = connection.prepareStatement(before + " IN (SELECT value FROM json_each(?))" + after)) {
				ps.setString(1, keys.toString());
				work.run(ps);
			}
			return;
		}
		int cap = sqlite ? 32_766 : 65_535;
		for (int from = 0; from < keys.size(); from += cap) {
			List<Long> chunk = keys.subList(from, Math.min(keys.size(), from + cap));
			try (PreparedStatement ps = connection
				.prepareStatement(before + " IN (" + "?,".repeat(chunk.size() - 1) + "?)" + after)) {
				for (int i = 0; i < chunk.size(); i++) {
					ps.setLong(i + 1, chunk.get(i));
				}
				work.run(ps);
			}
		}
	}
}
