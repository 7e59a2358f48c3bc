package io.covet.relations.observation;

import io.covet.relations.sql.Operation;

/**
 * One statement the library ran.
 *
 * @param sql the SQL text (placeholders, never values)
 * @param operation what it did
 * @param model the model it was about
 * @param parameterCount number of bind parameters
 * @param nanos wall time
 * @param failure the exception, or {@code null}
 */
public record StatementEvent(String sql, Operation operation, String model, int parameterCount, long nanos,
		Throwable failure) {
}
