package io.covet.relations.dialect;

import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.UUID;

import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.metadata.FieldMeta;

/**
 * Binding, reading and pattern escaping shared by the dialects; each dialect overrides what its driver or SQL does
 * differently.
 */
abstract class AbstractDialect implements Dialect {

	/** Escape character for LIKE patterns: not a backslash, which MySQL also treats as a string-literal escape. */
	static final char LIKE_ESCAPE = '!';

	private final char quote;

	AbstractDialect(char quote) {
		this.quote = quote;
	}

	@Override
	public String quote(String identifier) {
		String q = String.valueOf(this.quote);
		return q + identifier.replace(q, q + q) + q;
	}

	@Override
	public String limitOffset(Long limit, Long offset) {
		StringBuilder sql = new StringBuilder();
		if (limit != null) {
			sql.append(" LIMIT ").append(limit);
		}
		if (offset != null && offset > 0) {
			sql.append(" OFFSET ").append(offset);
		}
		return sql.toString();
	}

	@Override
	public PatternMatch patternMatch(PatternKind kind, boolean ignoreCase, String text) {
		String pattern = likePattern(kind, text);
		if (ignoreCase) {
			return new PatternMatch("UPPER(", ") LIKE UPPER(?) ESCAPE '" + LIKE_ESCAPE + "'", pattern);
		}
		return new PatternMatch("", " LIKE ? ESCAPE '" + LIKE_ESCAPE + "'", pattern);
	}

	static String likePattern(PatternKind kind, String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 4);
		if (kind != PatternKind.STARTS_WITH) {
			escaped.append('%');
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '%' || c == '_' || c == LIKE_ESCAPE) {
				escaped.append(LIKE_ESCAPE);
			}
			escaped.append(c);
		}
		if (kind != PatternKind.ENDS_WITH) {
			escaped.append('%');
		}
		return escaped.toString();
	}

	/**
	 * Binds through the typed setter for the common value types: a driver's {@code setObject} may look for a codec
	 * per call (MariaDB Connector/J probes its codecs one by one), which a list of thousands of keys pays per key.
	 */
	@Override
	public void bind(PreparedStatement statement, int index, Object value, Class<?> type) throws SQLException {
		if (value == null) {
			statement.setNull(index, sqlType(type));
		}
		else if (value instanceof Long number) {
			statement.setLong(index, number);
		}
		else if (value instanceof String text) {
			statement.setString(index, text);
		}
		else if (value instanceof Integer number) {
			statement.setInt(index, number);
		}
		else if (value instanceof Short number) {
			statement.setShort(index, number);
		}
		else if (value instanceof Double number) {
			statement.setDouble(index, number);
		}
		else if (value instanceof Float number) {
			statement.setFloat(index, number);
		}
		else if (value instanceof BigDecimal number) {
			statement.setBigDecimal(index, number);
		}
		else if (value instanceof Enum<?> constant) {
			statement.setString(index, constant.name());
		}
		else if (value instanceof UUID uuid) {
			bindUuid(statement, index, uuid);
		}
		else if (value instanceof Instant instant) {
			bindInstant(statement, index, instant);
		}
		else if (value instanceof LocalDateTime || value instanceof LocalDate || value instanceof LocalTime) {
			bindLocalTemporal(statement, index, value);
		}
		else if (value instanceof Boolean bool) {
			statement.setBoolean(index, bool);
		}
		else if (value instanceof byte[] bytes) {
			statement.setBytes(index, bytes);
		}
		else {
			statement.setObject(index, value);
		}
	}

	void bindUuid(PreparedStatement statement, int index, UUID uuid) throws SQLException {
		statement.setString(index, uuid.toString());
	}

	abstract void bindInstant(PreparedStatement statement, int index, Instant instant) throws SQLException;

	void bindLocalTemporal(PreparedStatement statement, int index, Object value) throws SQLException {
		statement.setObject(index, value);
	}

	int sqlType(Class<?> type) {
		if (type == Long.class) {
			return Types.BIGINT;
		}
		if (type == Integer.class || type == Short.class) {
			return Types.INTEGER;
		}
		if (type == String.class || type.isEnum() || type == UUID.class) {
			return Types.VARCHAR;
		}
		if (type == Boolean.class) {
			return Types.BOOLEAN;
		}
		if (type == Double.class || type == Float.class) {
			return Types.DOUBLE;
		}
		if (type == BigDecimal.class) {
			return Types.NUMERIC;
		}
		if (type == byte[].class) {
			return Types.BINARY;
		}
		if (type == LocalDate.class) {
			return Types.DATE;
		}
		if (type == LocalTime.class) {
			return Types.TIME;
		}
		if (type == LocalDateTime.class || type == Instant.class) {
			return Types.TIMESTAMP;
		}
		return Types.NULL;
	}

	/** The common key and text types read without dispatching on the type; the rest through {@link #read}. */
	@Override
	public ColumnReader columnReader(Class<?> type) {
		if (type == Long.class) {
			return AbstractDialect::readLong;
		}
		if (type == Integer.class) {
			return AbstractDialect::readInteger;
		}
		if (type == String.class) {
			return ResultSet::getString;
		}
		return (rs, index) -> read(rs, index, type);
	}

	private static Object readLong(ResultSet rs, int index) throws SQLException {
		long value = rs.getLong(index);
		return (value == 0 && rs.wasNull()) ? null : value;
	}

	private static Object readInteger(ResultSet rs, int index) throws SQLException {
		int value = rs.getInt(index);
		return (value == 0 && rs.wasNull()) ? null : value;
	}

	@Override
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public Object read(ResultSet rs, int index, Class<?> type) throws SQLException {
		Object value;
		if (type == Long.class) {
			return readLong(rs, index);
		}
		else if (type == Integer.class) {
			return readInteger(rs, index);
		}
		else if (type == String.class) {
			return rs.getString(index);
		}
		else if (type == Short.class) {
			value = rs.getShort(index);
		}
		else if (type == Boolean.class) {
			value = rs.getBoolean(index);
		}
		else if (type == Double.class) {
			value = rs.getDouble(index);
		}
		else if (type == Float.class) {
			value = rs.getFloat(index);
		}
		else if (type == BigDecimal.class) {
			return rs.getBigDecimal(index);
		}
		else if (type == byte[].class) {
			return rs.getBytes(index);
		}
		else if (type == UUID.class) {
			return readUuid(rs, index);
		}
		else if (type == Instant.class) {
			return readInstant(rs, index);
		}
		else if (type == LocalDate.class || type == LocalDateTime.class || type == LocalTime.class) {
			return readLocalTemporal(rs, index, type);
		}
		else if (type.isEnum()) {
			String name = rs.getString(index);
			if (name == null) {
				return null;
			}
			try {
				return Enum.valueOf((Class<? extends Enum>) type, name);
			}
			catch (IllegalArgumentException ex) {
				throw new InvalidValueException("Value '" + name + "' read from the database is not a constant of "
						+ type.getName());
			}
		}
		else {
			return rs.getObject(index);
		}
		return rs.wasNull() ? null : value;
	}

	Object readUuid(ResultSet rs, int index) throws SQLException {
		String text = rs.getString(index);
		return (text != null) ? UUID.fromString(text) : null;
	}

	abstract Instant readInstant(ResultSet rs, int index) throws SQLException;

	Object readLocalTemporal(ResultSet rs, int index, Class<?> type) throws SQLException {
		return rs.getObject(index, type);
	}

	/** Text type with the declared length, or the default 255. */
	static String varchar(FieldMeta field) {
		int length = field.length() > 0 ? field.length() : 255;
		return "VARCHAR(" + length + ")";
	}
}
