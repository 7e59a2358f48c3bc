package io.covet.relations.dialect;

import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Reads one column of the current row as a Java value. Chosen once per column type by
 * {@link Dialect#columnReader(Class)} so that reading a row does not re-dispatch on the type for every value.
 */
@FunctionalInterface
public interface ColumnReader {

	/** The value at {@code index} (1-based), {@code null} for SQL NULL. */
	Object read(ResultSet resultSet, int index) throws SQLException;
}
