package io.covet.relations.dialect;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.UUID;

import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.IdentifierLimit;
import io.covet.relations.metadata.ValueTypes;

/**
 * MariaDB 10.5+ and MySQL 8. MariaDB has {@code INSERT ... RETURNING} since 10.5; MySQL falls back to JDBC generated
 * keys. Tables are created with {@code utf8mb4_bin} so that equality and LIKE are case-sensitive as on the other
 * databases (the default {@code _ci} collations would make {@code exact} case-insensitive).
 */
public final class MariaDbDialect extends AbstractDialect {

	private static final IdentifierLimit LIMIT = new IdentifierLimit(64, IdentifierLimit.Unit.CHARACTERS, true);

	private final boolean mariaDb;

	private final boolean returning;

	private final boolean jsonTable;

	/** MariaDB with RETURNING support. */
	public MariaDbDialect() {
		this(true, 10, 11);
	}

	/**
	 * Creates the dialect for a server product and version.
	 * @param mariaDb MariaDB rather than MySQL
	 * @param major the server's major version
	 * @param minor the server's minor version
	 */
	public MariaDbDialect(boolean mariaDb, int major, int minor) {
		super('`');
		this.mariaDb = mariaDb;
		this.returning = mariaDb && (major > 10 || (major == 10 && minor >= 5));
		// JSON_TABLE: MariaDB 10.6 (https://mariadb.com/kb/en/json_table/), MySQL 8.0.4.
		this.jsonTable = mariaDb ? (major > 10 || (major == 10 && minor >= 6)) : major >= 8;
	}

	@Override
	public String name() {
		return this.mariaDb ? "mariadb" : "mysql";
	}

	/** 64 characters, stored as utf8mb3: no character above U+FFFF ("Invalid utf8mb3 character string"). */
	@Override
	public IdentifierLimit identifierLimit() {
		return LIMIT;
	}

	@Override
	public int maxBindParameters() {
		// The prepared-statement protocol counts parameters in 16 bits.
		return 65_535;
	}

	/**
	 * Integer keys only: a text column compared with JSON_TABLE's text would need its collation spelled out, and
	 * lists of text keys above 65,535 are not worth that.
	 */
	@Override
	public KeyListSubquery jsonKeyList(Class<?> keyType) {
		return (this.jsonTable && ValueTypes.isIntegralKey(keyType))
				? new KeyListSubquery("JSON_TABLE(?, '$[*]' COLUMNS (`v` BIGINT PATH '$')) AS `k`", "`k`.`v`") : null;
	}

	/**
	 * Before MariaDB 11.1 a single-table UPDATE or DELETE does not turn {@code IN (subquery)} into a semi-join: it
	 * would read the whole table and probe the key list per row. Joined, the key list drives index lookups.
	 */
	@Override
	public boolean joinsKeyListsInChanges() {
		return true;
	}

	/**
	 * MariaDB keeps a recursive query's rows in a MEMORY table of fixed-width rows (a VARCHAR(255) takes its full
	 * 1,020 bytes), which spills to disk after 16 MB: walking keys and joining the rows back is faster.
	 */
	@Override
	public boolean carriesRowsThroughRecursion() {
		return false;
	}

	@Override
	public boolean supportsInsertReturning() {
		return this.returning;
	}

	@Override
	public boolean supportsRecursiveCte() {
		return true;
	}

	@Override
	public boolean conflictClauseNamesItsKey() {
		return false;
	}

	@Override
	public String onConflictDoNothing(java.util.List<String> conflictColumns) {
		// Not INSERT IGNORE: it would also turn foreign-key and NOT NULL violations into warnings
		// (https://mariadb.com/kb/en/insert-ignore/). A no-op update skips only duplicate keys.
		String column = quote(conflictColumns.get(0));
		return " ON DUPLICATE KEY UPDATE " + column + " = " + column;
	}

	@Override
	public String recursiveQueryPrefix() {
		// max_recursive_iterations defaults to 1000, which a deep tree exceeds
		// (https://mariadb.com/kb/en/server-system-variables/#max_recursive_iterations).
		return this.mariaDb ? "SET STATEMENT max_recursive_iterations = 10000000 FOR " : "";
	}

	@Override
	public String concat(String left, String right) {
		// || means OR in MariaDB unless sql_mode has PIPES_AS_CONCAT.
		return "CONCAT(" + left + ", " + right + ")";
	}

	@Override
	public String textCastType() {
		return "CHAR";
	}

	@Override
	public String generatedKeyValue() {
		return "NULL";
	}

	@Override
	public String limitOffset(Long limit, Long offset) {
		if (limit == null && offset != null && offset > 0) {
			// MySQL has no OFFSET without LIMIT; its manual suggests the largest unsigned BIGINT.
			return " LIMIT 18446744073709551615 OFFSET " + offset;
		}
		return super.limitOffset(limit, offset);
	}

	@Override
	void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
		statement.setObject(index, LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	@Override
	Instant readInstant(ResultSet rs, int index) throws SQLException {
		LocalDateTime value = rs.getObject(index, LocalDateTime.class);
		return (value != null) ? value.toInstant(ZoneOffset.UTC) : null;
	}

	@Override
	public String columnType(FieldMeta field, boolean autoIncrementKey) {
		Class<?> type = field.valueType();
		if (autoIncrementKey) {
			return (type == Long.class ? "BIGINT" : "INT") + " AUTO_INCREMENT";
		}
		if (type == Long.class) {
			return "BIGINT";
		}
		if (type == Integer.class) {
			return "INT";
		}
		if (type == Short.class) {
			return "SMALLINT";
		}
		if (type == String.class || type.isEnum()) {
			return field.length() > 16_000 ? "LONGTEXT" : varchar(field);
		}
		if (type == Boolean.class) {
			return "BOOLEAN";
		}
		if (type == Double.class || type == Float.class) {
			// Not FLOAT: the text protocol returns it with six significant digits (16777216 comes back as 16777200),
			// and an equality test against a float parameter compares it widened to a double. Django's FloatField is
			// a DOUBLE here too.
			return "DOUBLE";
		}
		if (type == BigDecimal.class) {
			return "DECIMAL(" + field.precision() + ", " + field.scale() + ")";
		}
		if (type == UUID.class) {
			return "CHAR(36)";
		}
		if (type == LocalDate.class) {
			return "DATE";
		}
		if (type == LocalTime.class) {
			return "TIME(6)";
		}
		if (type == LocalDateTime.class || type == Instant.class) {
			return "DATETIME(6)";
		}
		if (type == byte[].class) {
			return "LONGBLOB";
		}
		throw new IllegalArgumentException("No MariaDB type for " + type.getName());
	}

	@Override
	public String tableOptions() {
		return " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin";
	}

	@Override
	public String suspendForeignKeyChecks() {
		return "SET FOREIGN_KEY_CHECKS = 0";
	}

	@Override
	public String restoreForeignKeyChecks() {
		return "SET FOREIGN_KEY_CHECKS = 1";
	}

	@Override
	public String dropTable(String table) {
		return "DROP TABLE IF EXISTS " + quote(table);
	}

	@Override
	public org.springframework.jdbc.support.SQLExceptionTranslator exceptionTranslator(
			org.springframework.jdbc.support.SQLExceptionTranslator fallback) {
		return new LockFailureTranslator(LockFailureTranslator.MARIADB, fallback);
	}
}
