package io.covet.relations.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import io.covet.relations.exception.NoDialectException;
import io.covet.relations.metadata.FieldMeta;

/**
 * SQLite 3.35+ (RETURNING). Temporal values are stored as fixed-width ISO-8601 text so that text order is time
 * order; LIKE is case-insensitive in SQLite, so case-sensitive patterns use GLOB. Foreign keys are only enforced
 * when each connection enables them (https://www.sqlite.org/foreignkeys.html#fk_enable), which
 * {@link #verifyConnection} insists on.
 */
public final class SqliteDialect extends AbstractDialect {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

	private final int maxBindParameters;

	private final boolean json;

	/** For a current SQLite: the 32,766 bind-parameter cap and the JSON functions. */
	public SqliteDialect() {
		this(3, 45);
	}

	/**
	 * For a given SQLite version, whose bind-parameter cap and JSON support depend on it.
	 * @param major the library's major version (3)
	 * @param minor the library's minor version
	 */
	public SqliteDialect(int major, int minor) {
		super('"');
		// SQLITE_MAX_VARIABLE_NUMBER defaults to 32,766 since 3.32.0 and to 999 before.
		this.maxBindParameters = (major > 3 || minor >= 32) ? 32_766 : 999;
		// The JSON functions are built in by default since 3.38.0 (https://www.sqlite.org/json1.html).
		this.json = major > 3 || minor >= 38;
	}

	@Override
	public String name() {
		return "sqlite";
	}

	@Override
	public int maxBindParameters() {
		return this.maxBindParameters;
	}

	/**
	 * 100, where the JSON functions exist. With statistics ({@code ANALYZE}, {@code PRAGMA optimize}) SQLite may plan a
	 * join with a long IN-list on the primary key of the many side as a loop over the joined table that probes every
	 * listed key per row (2,000 keys against 5,000 authors: 0.65 s instead of 3 ms); it does not do so for the JSON
	 * array's subquery. From about 100 keys the JSON form costs no more than binding each key.
	 */
	@Override
	public int maxKeysBeforeJsonList() {
		return this.json ? 100 : maxKeysPerInList();
	}

	@Override
	public KeyListSubquery jsonKeyList(Class<?> keyType) {
		boolean supported = keyType == Long.class || keyType == Integer.class || keyType == String.class;
		return (this.json && supported) ? new KeyListSubquery("json_each(?)", "\"value\"") : null;
	}

	@Override
	public boolean supportsInsertReturning() {
		return true;
	}

	@Override
	public boolean supportsRecursiveCte() {
		return true;
	}

	@Override
	public boolean filtersManyByKeyInSubquery() {
		return true;
	}

	@Override
	public String orderKeepingJoin() {
		return " CROSS JOIN ";
	}

	@Override
	public String forUpdate() {
		return "";
	}

	@Override
	public String textCastType() {
		return "TEXT";
	}

	@Override
	public String generatedKeyValue() {
		return "NULL";
	}

	@Override
	public String limitOffset(Long limit, Long offset) {
		if (limit == null && offset != null && offset > 0) {
			return " LIMIT -1 OFFSET " + offset;
		}
		return super.limitOffset(limit, offset);
	}

	@Override
	public PatternMatch patternMatch(PatternKind kind, boolean ignoreCase, String text) {
		if (ignoreCase) {
			return super.patternMatch(kind, true, text);
		}
		StringBuilder glob = new StringBuilder(text.length() + 4);
		if (kind != PatternKind.STARTS_WITH) {
			glob.append('*');
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '*' || c == '?' || c == '[') {
				glob.append('[').append(c).append(']');
			}
			else {
				glob.append(c);
			}
		}
		if (kind != PatternKind.ENDS_WITH) {
			glob.append('*');
		}
		return new PatternMatch("", " GLOB ?", glob.toString());
	}

	@Override
	void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
		statement.setString(index, DATE_TIME.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC)) + "Z");
	}

	@Override
	void bindLocalTemporal(PreparedStatement statement, int index, Object value) throws SQLException {
		if (value instanceof LocalDateTime dateTime) {
			statement.setString(index, DATE_TIME.format(dateTime.truncatedTo(ChronoUnit.MICROS)));
		}
		else if (value instanceof LocalTime time) {
			statement.setString(index, TIME.format(time.truncatedTo(ChronoUnit.MICROS)));
		}
		else {
			statement.setString(index, value.toString());
		}
	}

	@Override
	Instant readInstant(ResultSet rs, int index) throws SQLException {
		String text = rs.getString(index);
		return (text != null) ? Instant.parse(text) : null;
	}

	@Override
	Object readLocalTemporal(ResultSet rs, int index, Class<?> type) throws SQLException {
		String text = rs.getString(index);
		if (text == null) {
			return null;
		}
		if (type == LocalDate.class) {
			return LocalDate.parse(text);
		}
		if (type == LocalTime.class) {
			return LocalTime.parse(text);
		}
		return LocalDateTime.parse(text);
	}

	@Override
	public String columnType(FieldMeta field, boolean autoIncrementKey) {
		Class<?> type = field.valueType();
		if (autoIncrementKey) {
			// AUTOINCREMENT keeps keys of deleted rows from being reused, as on the other databases.
			return "INTEGER PRIMARY KEY AUTOINCREMENT";
		}
		if (type == Long.class || type == Integer.class || type == Short.class) {
			return "INTEGER";
		}
		if (type == String.class || type.isEnum()) {
			return varchar(field);
		}
		if (type == Boolean.class) {
			return "BOOLEAN";
		}
		if (type == Double.class || type == Float.class) {
			return "REAL";
		}
		if (type == java.math.BigDecimal.class) {
			return "NUMERIC";
		}
		if (type == UUID.class) {
			return "CHAR(36)";
		}
		if (type == byte[].class) {
			return "BLOB";
		}
		return "TEXT";
	}

	@Override
	public boolean keyTypeIncludesPrimaryKey() {
		return true;
	}

	@Override
	public boolean foreignKeysInline() {
		return true;
	}

	@Override
	public String suspendForeignKeyChecks() {
		return "PRAGMA foreign_keys = OFF";
	}

	@Override
	public String restoreForeignKeyChecks() {
		return "PRAGMA foreign_keys = ON";
	}

	@Override
	public String dropTable(String table) {
		return "DROP TABLE IF EXISTS " + quote(table);
	}

	@Override
	public org.springframework.jdbc.support.SQLExceptionTranslator exceptionTranslator(
			org.springframework.jdbc.support.SQLExceptionTranslator fallback) {
		return new SqliteExceptionTranslator(fallback);
	}

	@Override
	public void verifyConnection(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("PRAGMA foreign_keys")) {
			if (!rs.next() || rs.getInt(1) != 1) {
				throw new NoDialectException("SQLite connection has foreign keys switched off, so references would not"
						+ " be enforced; add foreign_keys=true to the JDBC URL (jdbc:sqlite:app.db?foreign_keys=true)"
						+ " or run PRAGMA foreign_keys=ON on every new connection");
			}
		}
	}
}
