package io.covet.relations.dialect;

import java.util.Collection;

/**
 * A table of keys from a single JSON array parameter: {@code column IN (subquery)} then costs one bind parameter
 * however many keys there are, so a key list above the database's bind-parameter cap still runs as one statement.
 * The keys are written as JSON by {@link #json}; they are bound, never spliced into the SQL.
 *
 * @param source the table expression, containing exactly one {@code ?}, to put after {@code FROM} or {@code JOIN}
 * @param key the expression of its key column
 */
public record KeyListSubquery(String source, String key) {

	/** The keys as a subquery, for {@code column IN (subquery)}. */
	public String sql() {
		return "SELECT " + this.key + " FROM " + this.source;
	}

	/** The keys as a JSON array: numbers as numbers, anything else as JSON strings. */
	public static String json(Collection<?> keys) {
		StringBuilder json = new StringBuilder(keys.size() * 8 + 2).append('[');
		boolean first = true;
		for (Object key : keys) {
			if (!first) {
				json.append(',');
			}
			first = false;
			if (key instanceof Long || key instanceof Integer) {
				json.append(key);
			}
			else {
				appendString(json, key.toString());
			}
		}
		return json.append(']').toString();
	}

	private static void appendString(StringBuilder json, String text) {
		json.append('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> json.append("\\\"");
				case '\\' -> json.append("\\\\");
				default -> {
					if (c < 0x20) {
						json.append(String.format("\\u%04x", (int) c));
					}
					else {
						json.append(c);
					}
				}
			}
		}
		json.append('"');
	}
}
