package io.covet.relations.metadata;

import java.nio.charset.StandardCharsets;

/**
 * What one database accepts as a table or column name beyond the portable rules {@link ModelRegistry} applies to
 * every name: a length, counted in UTF-8 bytes or in characters, and whether characters outside Unicode's Basic
 * Multilingual Plane are refused. PostgreSQL silently truncates a longer name (two long names sharing their first
 * 63 bytes then become one), MariaDB refuses it, SQLite has no limit; checking at startup turns the first into an
 * error and the second into an earlier, clearer one.
 *
 * @param maximum the longest name, in {@code unit}s
 * @param unit what {@code maximum} counts
 * @param basicPlaneOnly whether characters above U+FFFF (emoji...) are refused, as MariaDB's utf8mb3 identifiers do
 */
public record IdentifierLimit(int maximum, Unit unit, boolean basicPlaneOnly) {

	/** No limit: SQLite takes names of any length and character. */
	public static final IdentifierLimit NONE = new IdentifierLimit(Integer.MAX_VALUE, Unit.CHARACTERS, false);

	/** What a length limit counts. */
	public enum Unit {

		/** Bytes of the name's UTF-8 encoding: a two-byte letter such as {@code é} counts twice. */
		BYTES,

		/** Unicode code points. */
		CHARACTERS
	}

	/**
	 * Why {@code identifier} does not fit, or {@code null} when it does.
	 * @param database the database's name, for the message
	 */
	public String problem(String identifier, String database) {
		if (this.basicPlaneOnly && identifier.codePoints().anyMatch(Character::isSupplementaryCodePoint)) {
			return "identifier '" + identifier + "' has a character above U+FFFF, which " + database + " refuses";
		}
		int length = (this.unit == Unit.BYTES) ? identifier.getBytes(StandardCharsets.UTF_8).length
				: identifier.codePointCount(0, identifier.length());
		if (length > this.maximum) {
			String unitName = (this.unit == Unit.BYTES) ? "bytes of UTF-8" : "characters";
			return "identifier '" + identifier + "' is " + length + " " + unitName + "; " + database + " allows "
					+ this.maximum + (this.unit == Unit.BYTES ? " and would silently truncate it" : "")
					+ ". Declare a shorter name";
		}
		return null;
	}
}
