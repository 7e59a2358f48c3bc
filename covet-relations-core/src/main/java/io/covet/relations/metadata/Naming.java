package io.covet.relations.metadata;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.zip.CRC32;

/** Default names: snake_case tables and columns, as Django and Spring Data Relational do. */
public final class Naming {

	/**
	 * Longest name the library composes, in UTF-8 bytes: PostgreSQL's limit, the strictest of the supported
	 * databases (MariaDB counts 64 characters, which 63 bytes never exceed).
	 */
	public static final int MAX_COMPOSED_BYTES = 63;

	private Naming() {
	}

	/** {@code BlogPost} → {@code blog_post}, {@code authorId} → {@code author_id}, {@code URLPath} → {@code url_path}. */
	public static String snakeCase(String name) {
		StringBuilder out = new StringBuilder(name.length() + 8);
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isUpperCase(c)) {
				boolean previousLower = i > 0 && !Character.isUpperCase(name.charAt(i - 1)) && name.charAt(i - 1) != '_';
				boolean nextLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
				boolean previousUpper = i > 0 && Character.isUpperCase(name.charAt(i - 1));
				if (i > 0 && (previousLower || (previousUpper && nextLower))) {
					out.append('_');
				}
				out.append(Character.toLowerCase(c));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** {@code BlogPost} → {@code blogPost}. */
	public static String lowerCamel(String name) {
		if (name.isEmpty()) {
			return name;
		}
		return name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
	}

	/**
	 * A name the library composes from others (through tables and their columns, parent-link columns, constraint
	 * and index names), made to fit every supported database: unchanged up to {@value #MAX_COMPOSED_BYTES} bytes,
	 * else cut at a character boundary and ended with a checksum of the whole name, so that two long names sharing
	 * a prefix stay apart and the same model always gets the same name. The limit is the same on every database so
	 * that one model has one schema everywhere.
	 */
	public static String composed(String name) {
		byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
		if (bytes.length <= MAX_COMPOSED_BYTES) {
			return name;
		}
		String suffix = "_" + checksum(name);
		int budget = MAX_COMPOSED_BYTES - suffix.length();
		StringBuilder shortened = new StringBuilder();
		int used = 0;
		for (int offset = 0; offset < name.length();) {
			int codePoint = name.codePointAt(offset);
			String character = new String(Character.toChars(codePoint));
			used += character.getBytes(StandardCharsets.UTF_8).length;
			if (used > budget) {
				break;
			}
			shortened.append(character);
			offset += Character.charCount(codePoint);
		}
		return shortened + suffix;
	}

	/** Eight or fewer hex digits of the CRC-32 of a text's UTF-8 bytes: short, stable across runs and JVMs. */
	public static String checksum(String text) {
		CRC32 crc = new CRC32();
		crc.update(text.getBytes(StandardCharsets.UTF_8));
		return Long.toHexString(crc.getValue());
	}
}
