package io.covet.relations.metadata;

import java.nio.charset.StandardCharsets;

import io.covet.relations.exception.ModelDefinitionException;

/**
 * Checks declared table and column names. Names are always quoted by the dialect, so most characters are fine;
 * what no database accepts, or what would be silently truncated, is refused at startup.
 */
final class Identifiers {

	/** PostgreSQL truncates identifiers longer than 63 bytes (NAMEDATALEN - 1); MariaDB allows 64 characters. */
	static final int MAX_BYTES = 63;

	private Identifiers() {
	}

	static void validate(Class<?> type, String field, String identifier) {
		if (identifier.isBlank()) {
			throw new ModelDefinitionException(type, field, "an identifier must not be blank");
		}
		if (identifier.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
			throw new ModelDefinitionException(type, field,
					"identifier '" + identifier + "' is longer than " + MAX_BYTES + " bytes, which PostgreSQL would truncate");
		}
		for (int i = 0; i < identifier.length(); i++) {
			char c = identifier.charAt(i);
			if (c == 0 || Character.isISOControl(c)) {
				throw new ModelDefinitionException(type, field, "identifier contains a control character");
			}
		}
		if (!identifier.equals(identifier.strip())) {
			throw new ModelDefinitionException(type, field, "identifier '" + identifier + "' has surrounding spaces");
		}
	}
}
