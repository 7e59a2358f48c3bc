package io.covet.relations.dialect;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.IdentifierLimit;

/**
 * What differs between databases: identifier quoting, value binding, generated keys, limits, pattern matching,
 * DDL types and the bind-parameter cap. One small final class per database; {@link DialectResolver} picks one
 * from a {@code DataSource}.
 */
public interface Dialect {

	/** Lower-case name: {@code postgresql}, {@code mariadb}, {@code mysql} or {@code sqlite}; used in metrics tags. */
	String name();

	/** Quotes an identifier, doubling any quote character inside it. */
	String quote(String identifier);

	/**
	 * What a table or column name may be: how long, and in which characters. Checked for every model when a
	 * {@code CovetRelations} is built, so that no name is truncated or refused later. None by default (SQLite).
	 */
	default IdentifierLimit identifierLimit() {
		return IdentifierLimit.NONE;
	}

	/** Most bind parameters one statement may carry; IN-lists are chunked under it. */
	int maxBindParameters();

	/**
	 * Most keys one IN-list binds one by one: the cap less room for the statement's other parameters (up to 100).
	 * Longer lists are chunked by prefetches, and sent as one {@link #jsonKeyList JSON array} by filters and deletes
	 * where the dialect has one.
	 */
	default int maxKeysPerInList() {
		return maxBindParameters() - Math.min(100, maxBindParameters() / 10);
	}

	/**
	 * Most keys a query's IN-list binds one by one before the whole list goes as one {@link #jsonKeyList JSON array}
	 * where the dialect has one for the key type: {@link #maxKeysPerInList()} by default, so only lists above the cap
	 * take the JSON form.
	 */
	default int maxKeysBeforeJsonList() {
		return maxKeysPerInList();
	}

	/**
	 * Whether a SELECT binds a key list of this type as one parameter whatever its length, so reads by key need no
	 * chunks under the bind-parameter cap: an {@link #bindsKeysAsArray array}, or a {@link #jsonKeyList JSON array}
	 * that the dialect already takes for lists below the cap ({@link #maxKeysBeforeJsonList()}). A dialect that sends
	 * JSON only above the cap prefers IN-lists, so its reads stay chunked.
	 */
	default boolean readsAnyNumberOfKeys(Class<?> keyType) {
		return bindsKeysAsArray(keyType)
				|| (maxKeysBeforeJsonList() < maxKeysPerInList() && jsonKeyList(keyType) != null);
	}

	/**
	 * Whether a list of keys of this type goes as one array parameter ({@code = ANY(?)}): only where the dialect
	 * {@link #supportsArrayParameters() has arrays} and an element type for it; other types take IN-lists, chunked
	 * under the bind-parameter cap like any dialect's.
	 */
	default boolean bindsKeysAsArray(Class<?> keyType) {
		return false;
	}

	/** Whether {@code INSERT ... RETURNING} gives generated keys (one round trip, multi-row). */
	boolean supportsInsertReturning();

	/** Whether a key list can be bound as one array parameter ({@code = ANY(?)}), avoiding the parameter cap. */
	default boolean supportsArrayParameters() {
		return false;
	}

	/**
	 * A subquery that turns one JSON array parameter into rows of keys of the given type, for key lists longer than
	 * {@link #maxBindParameters()} where the database has no array parameters; {@code null} where it cannot (then
	 * such a list is refused with a typed error).
	 */
	default KeyListSubquery jsonKeyList(Class<?> keyType) {
		return null;
	}

	/**
	 * Whether UPDATE and DELETE over a {@link #jsonKeyList JSON key list} join it (multi-table syntax) rather than
	 * test {@code IN (subquery)}, because the database would not use an index for the latter.
	 */
	default boolean joinsKeyListsInChanges() {
		return false;
	}

	/**
	 * Whether a recursive query should carry whole rows through the recursion rather than keys only, joining the
	 * rows back afterwards. Carrying saves the second pass over the table, unless wide rows make the database's
	 * working table spill to disk.
	 */
	default boolean carriesRowsThroughRecursion() {
		return true;
	}

	/**
	 * The join of a table to the one before it in FROM that keeps the one before it in the outer loop, for a
	 * many-to-many prefetch, which reads the link table first (each owner key's few rows, then each target by key).
	 * SQLite with statistics ({@code ANALYZE}, {@code PRAGMA optimize}) may otherwise loop over the whole target table
	 * and probe the link table once per target and owner key: seconds instead of milliseconds for 5,000 keys. Its
	 * {@code CROSS JOIN} fixes the order; the other databases plan it well from an inner join.
	 */
	default String orderKeepingJoin() {
		return " INNER JOIN ";
	}

	/**
	 * Whether a filter across a multi-valued relation (authors with a book titled x) tests the outer key against an
	 * uncorrelated {@code IN (SELECT related.key ...)} instead of a correlated {@code EXISTS}. SQLite runs a
	 * correlated {@code EXISTS} once per outer row even when its condition names five related rows: 0.8 s over
	 * 50,000 authors, against 0.06 ms for the {@code IN} form, which it plans from the related rows. PostgreSQL and
	 * MariaDB plan either form as a semi-join.
	 */
	default boolean filtersManyByKeyInSubquery() {
		return false;
	}

	/** SQL array element type for {@code = ANY(?)}, when {@link #supportsArrayParameters()}. */
	default String arrayElementType(Class<?> javaType) {
		throw new UnsupportedOperationException(name() + " has no array parameters");
	}

	/**
	 * The elements of an array parameter as the driver encodes them best, for
	 * {@link java.sql.Connection#createArrayOf}; by default the values as they are.
	 */
	default Object[] arrayElements(Class<?> javaType, Object[] values) {
		return values;
	}

	/**
	 * Whether {@link #onConflictDoNothing} skips only rows that conflict on the columns it names; where not (MariaDB),
	 * it skips a row that conflicts on any unique key.
	 */
	default boolean conflictClauseNamesItsKey() {
		return true;
	}

	/**
	 * Clause appended to a multi-row INSERT so that rows clashing with the unique {@code conflictColumns} are skipped
	 * without error, also when another transaction inserts them concurrently.
	 */
	default String onConflictDoNothing(java.util.List<String> conflictColumns) {
		StringBuilder sql = new StringBuilder(" ON CONFLICT (");
		for (int i = 0; i < conflictColumns.size(); i++) {
			sql.append(i > 0 ? ", " : "").append(quote(conflictColumns.get(i)));
		}
		return sql.append(") DO NOTHING").toString();
	}

	/**
	 * Value that makes the database generate a key in a VALUES list, for rows that have no other column to insert:
	 * {@code DEFAULT} for identity columns, {@code NULL} where auto-increment keys take it.
	 */
	default String generatedKeyValue() {
		return "DEFAULT";
	}

	/** Type name for {@code CAST(x AS ...)} to text, to compare keys stored as text by generic foreign keys. */
	default String textCastType() {
		return "VARCHAR";
	}

	/**
	 * Suffix that makes a SELECT lock the rows it reads until the transaction ends, or empty where the database
	 * serializes writers otherwise (SQLite: the write lock, taken at BEGIN with {@code transaction_mode=IMMEDIATE}).
	 */
	default String forUpdate() {
		return " FOR UPDATE";
	}

	/** String concatenation of two SQL expressions. */
	default String concat(String left, String right) {
		return left + " || " + right;
	}

	/** Whether {@code WITH RECURSIVE} is available. */
	boolean supportsRecursiveCte();

	/**
	 * Text placed before a {@code WITH RECURSIVE} statement so that it may iterate as deep as the data goes;
	 * recursive queries of the library use UNION, so cyclic data still ends.
	 */
	default String recursiveQueryPrefix() {
		return "";
	}

	/** {@code LIMIT}/{@code OFFSET} clause with a leading space, or empty; either argument may be {@code null}. */
	String limitOffset(Long limit, Long offset);

	/** A pattern lookup ({@code contains}, {@code startswith}, ...) with the database's case rules made uniform. */
	PatternMatch patternMatch(PatternKind kind, boolean ignoreCase, String text);

	/** Binds a Java value of the given (boxed) type. */
	void bind(PreparedStatement statement, int index, Object value, Class<?> type) throws SQLException;

	/** Reads a column as the given (boxed) Java type; {@code null} for SQL NULL. */
	Object read(ResultSet resultSet, int index, Class<?> type) throws SQLException;

	/**
	 * A reader for columns of the given (boxed) Java type, equivalent to {@link #read(ResultSet, int, Class)};
	 * worked out once per column by row readers.
	 */
	default ColumnReader columnReader(Class<?> type) {
		return (resultSet, index) -> read(resultSet, index, type);
	}

	/** DDL type of a column; {@code autoIncrementKey} for a generated primary key. */
	String columnType(FieldMeta field, boolean autoIncrementKey);

	/** Whether a generated key's DDL type already says PRIMARY KEY (SQLite's {@code INTEGER PRIMARY KEY}). */
	default boolean keyTypeIncludesPrimaryKey() {
		return false;
	}

	/** Options appended to CREATE TABLE. */
	default String tableOptions() {
		return "";
	}

	/** Whether foreign keys must be declared inside CREATE TABLE (SQLite cannot add them later). */
	default boolean foreignKeysInline() {
		return false;
	}

	/** Statement that drops a table if it exists, ignoring references to it where the database allows. */
	String dropTable(String table);

	/** Statement that suspends foreign-key checks on a connection while tables are dropped, or {@code null}. */
	default String suspendForeignKeyChecks() {
		return null;
	}

	/** Statement that restores foreign-key checks after {@link #suspendForeignKeyChecks()}, or {@code null}. */
	default String restoreForeignKeyChecks() {
		return null;
	}

	/**
	 * Translator for SQL errors this database reports in ways Spring does not know, falling back to
	 * {@code fallback} for the rest.
	 */
	default org.springframework.jdbc.support.SQLExceptionTranslator exceptionTranslator(
			org.springframework.jdbc.support.SQLExceptionTranslator fallback) {
		return fallback;
	}

	/** Checks a connection is set up as the library needs (SQLite: foreign keys on). */
	default void verifyConnection(Connection connection) throws SQLException {
	}
}
