package io.covet.relations.sql;

import java.util.List;

/**
 * SQL text with its bind parameters, ready to run. The text only ever contains quoted identifiers from metadata
 * and fixed keywords; every value is a parameter.
 *
 * @param sql the SQL text with {@code ?} placeholders
 * @param parameters one per placeholder, in order
 * @param operation what the statement does
 * @param model name of the model the statement is about, for metrics
 */
public record SqlStatement(String sql, List<SqlParameter> parameters, Operation operation, String model) {

	public SqlStatement {
		parameters = SqlParameters.copyOf(parameters);
	}

	/** {@link #parameters()} in the form the executor binds from, without a record per placeholder. */
	public SqlParameters boundParameters() {
		return (SqlParameters) this.parameters;
	}

	@Override
	public String toString() {
		return this.sql;
	}
}
