package io.covet.relations.sql;

import io.covet.relations.dialect.Dialect;

/**
 * Appends SQL text for one dialect. The only ways in are fixed keywords ({@link #sql}), identifiers that the
 * dialect quotes ({@link #id}, {@link #column}) and bind parameters ({@link #param}); there is no way to paste a
 * value into the text.
 */
public final class SqlBuilder {

	private final Dialect dialect;

	private final StringBuilder sql = new StringBuilder(128);

	private final SqlParameters.Appender parameters = new SqlParameters.Appender();

	/** Starts an empty statement whose identifiers the given dialect quotes. */
	public SqlBuilder(Dialect dialect) {
		this.dialect = dialect;
	}

	/** The dialect that quotes this statement's identifiers. */
	public Dialect dialect() {
		return this.dialect;
	}

	/** Appends fixed SQL text; never pass anything derived from user input. */
	public SqlBuilder sql(String fixedText) {
		this.sql.append(fixedText);
		return this;
	}

	/** Appends a quoted identifier. */
	public SqlBuilder id(String identifier) {
		this.sql.append(this.dialect.quote(identifier));
		return this;
	}

	/** Appends {@code alias.column}, the column quoted; aliases are generated ({@code t0}, {@code s1}...), never user text. */
	public SqlBuilder column(String alias, String column) {
		this.sql.append(alias).append('.').append(this.dialect.quote(column));
		return this;
	}

	/** Appends a placeholder bound to the value. */
	public SqlBuilder param(Object value, Class<?> type) {
		this.sql.append('?');
		this.parameters.add(value, type, false);
		return this;
	}

	/**
	 * Appends fixed SQL text that contains one {@code ?} per value (an expression a dialect built around
	 * placeholders), binding the values in order.
	 */
	public SqlBuilder sqlWithParams(String fixedText, Object[] values, Class<?>[] types) {
		long placeholders = fixedText.chars().filter(c -> c == '?').count();
		if (placeholders != values.length) {
			throw new IllegalArgumentException("Expected " + values.length + " placeholders in: " + fixedText);
		}
		this.sql.append(fixedText);
		for (int i = 0; i < values.length; i++) {
			this.parameters.add(values[i], types[i], false);
		}
		return this;
	}

	/**
	 * Makes room for what the caller is about to append, so a long run of placeholders (an IN-list of 30,000 keys)
	 * fills its text and parameter list once instead of copying them each time they grow.
	 */
	public SqlBuilder reserve(int moreParameters, int moreChars) {
		this.parameters.reserve(moreParameters);
		this.sql.ensureCapacity(this.sql.length() + moreChars);
		return this;
	}

	/** Appends a placeholder bound to a whole array (databases with array parameters only). */
	public SqlBuilder arrayParam(Object[] values, Class<?> elementType) {
		this.sql.append('?');
		this.parameters.add(values, elementType, true);
		return this;
	}

	/** Appends another builder's text and parameters. */
	public SqlBuilder append(SqlBuilder other) {
		this.sql.append(other.sql);
		this.parameters.addAll(other.parameters);
		return this;
	}

	/** Parameters bound so far; callers compare it with the dialect's bind-parameter cap. */
	public int parameterCount() {
		return this.parameters.size();
	}

	/** Whether no text was appended yet. */
	public boolean isEmpty() {
		return this.sql.length() == 0;
	}

	/** The statement built so far, labelled for listeners with what it does and to which model. */
	public SqlStatement build(Operation operation, String model) {
		return new SqlStatement(this.sql.toString(), this.parameters.snapshot(), operation, model);
	}

	@Override
	public String toString() {
		return this.sql.toString();
	}
}
