package io.covet.relations.tree;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.support.SQLExceptionTranslator;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.dialect.PatternKind;
import io.covet.relations.dialect.PatternMatch;
import io.covet.relations.metadata.FieldMeta;

/** A dialect that claims to have no recursive queries, to exercise the iterative fallback on a real database. */
record WithoutRecursiveQueries(Dialect delegate) implements Dialect {

	@Override
	public boolean supportsRecursiveCte() {
		return false;
	}

	@Override
	public String name() {
		return this.delegate.name();
	}

	@Override
	public String quote(String identifier) {
		return this.delegate.quote(identifier);
	}

	@Override
	public int maxBindParameters() {
		return this.delegate.maxBindParameters();
	}

	@Override
	public boolean supportsInsertReturning() {
		return this.delegate.supportsInsertReturning();
	}

	@Override
	public boolean supportsArrayParameters() {
		return this.delegate.supportsArrayParameters();
	}

	@Override
	public String arrayElementType(Class<?> javaType) {
		return this.delegate.arrayElementType(javaType);
	}

	@Override
	public Object[] arrayElements(Class<?> javaType, Object[] values) {
		return this.delegate.arrayElements(javaType, values);
	}

	@Override
	public String recursiveQueryPrefix() {
		return this.delegate.recursiveQueryPrefix();
	}

	@Override
	public String limitOffset(Long limit, Long offset) {
		return this.delegate.limitOffset(limit, offset);
	}

	@Override
	public PatternMatch patternMatch(PatternKind kind, boolean ignoreCase, String text) {
		return this.delegate.patternMatch(kind, ignoreCase, text);
	}

	@Override
	public void bind(PreparedStatement statement, int index, Object value, Class<?> type) throws SQLException {
		this.delegate.bind(statement, index, value, type);
	}

	@Override
	public Object read(ResultSet resultSet, int index, Class<?> type) throws SQLException {
		return this.delegate.read(resultSet, index, type);
	}

	@Override
	public String columnType(FieldMeta field, boolean autoIncrementKey) {
		return this.delegate.columnType(field, autoIncrementKey);
	}

	@Override
	public boolean keyTypeIncludesPrimaryKey() {
		return this.delegate.keyTypeIncludesPrimaryKey();
	}

	@Override
	public String tableOptions() {
		return this.delegate.tableOptions();
	}

	@Override
	public boolean foreignKeysInline() {
		return this.delegate.foreignKeysInline();
	}

	@Override
	public String dropTable(String table) {
		return this.delegate.dropTable(table);
	}

	@Override
	public String onConflictDoNothing(List<String> conflictColumns) {
		return this.delegate.onConflictDoNothing(conflictColumns);
	}

	@Override
	public String generatedKeyValue() {
		return this.delegate.generatedKeyValue();
	}

	@Override
	public String textCastType() {
		return this.delegate.textCastType();
	}

	@Override
	public String forUpdate() {
		return this.delegate.forUpdate();
	}

	@Override
	public String concat(String left, String right) {
		return this.delegate.concat(left, right);
	}

	@Override
	public String suspendForeignKeyChecks() {
		return this.delegate.suspendForeignKeyChecks();
	}

	@Override
	public String restoreForeignKeyChecks() {
		return this.delegate.restoreForeignKeyChecks();
	}

	@Override
	public SQLExceptionTranslator exceptionTranslator(SQLExceptionTranslator fallback) {
		return this.delegate.exceptionTranslator(fallback);
	}

	@Override
	public void verifyConnection(Connection connection) throws SQLException {
		this.delegate.verifyConnection(connection);
	}
}
