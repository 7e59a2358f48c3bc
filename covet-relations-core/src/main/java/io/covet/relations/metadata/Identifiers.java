package io.covet.relations.metadata;

import java.nio.charset.StandardCharsets;

import io.covet.relations.exception.ModelDefinitionException;

/**
 * The portable rules for declared table and column names, applied while models are read, before any database is
 * known. Names are always quoted by the dialect, so quotes, semicolons, spaces inside and reserved words are fine;
 * what some supported database refuses or reads differently is refused here. Length limits differ per database and
 * are checked once the dialect is known, by {@link IdentifierRules}.
 */
final class Identifiers {

	private Identifiers() {
	}

	static void validate(Class<?> type, String field, String identifier) {
		if (identifier.isBlank()) {
			throw new ModelDefinitionException(type, field, "an identifier must not be empty or blank");
		}
		for (int i = 0; i < identifier.length(); i++) {
			char c = identifier.charAt(i);
			if (c == 0 || Character.isISOControl(c)) {
				throw new ModelDefinitionException(type, field, "identifier contains a control character (U+"
						+ String.format("%04X", (int) c) + "), which no database keeps intact");
			}
		}
		if (!StandardCharsets.UTF_8.newEncoder().canEncode(identifier)) {
			throw new ModelDefinitionException(type, field, "identifier contains an unpaired surrogate, not text");
		}
		if (!identifier.equals(identifier.strip())) {
			// MariaDB refuses names ending in a space; a leading one is refused too, so names stay portable.
			throw new ModelDefinitionException(type, field, "identifier '" + identifier + "' has leading or trailing spaces");
		}
	}

	/**
	 * The form under which two names count as the same: case folded per character, as MariaDB compares column
	 * names (also {@code É} with {@code é}) and SQLite compares every name (ASCII only, a subset). PostgreSQL keeps
	 * quoted names apart by case, but a schema relying on that would not port, so such twins are refused.
	 */
	static String caseFolded(String identifier) {
		StringBuilder folded = new StringBuilder(identifier.length());
		identifier.codePoints().forEach(c -> folded.appendCodePoint(Character.toLowerCase(Character.toUpperCase(c))));
		return folded.toString();
	}
}
