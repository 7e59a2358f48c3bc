package io.covet.relations.sql;

/**
 * A value bound to one {@code ?}: either a single value of a Java type, or (on databases with array parameters)
 * a whole key list bound as one array.
 *
 * @param value the value, or an {@code Object[]} for an array parameter
 * @param type boxed Java type of the value, or of the array's elements
 * @param array whether the value is bound as one SQL array
 */
public record SqlParameter(Object value, Class<?> type, boolean array) {

	/** A single value of the given (boxed) type. */
	public static SqlParameter of(Object value, Class<?> type) {
		return new SqlParameter(value, type, false);
	}

	/** A whole key list bound as one SQL array (PostgreSQL's {@code = ANY(?)}). */
	public static SqlParameter array(Object[] values, Class<?> elementType) {
		return new SqlParameter(values, elementType, true);
	}
}
