package io.covet.relations.metadata;

import java.util.Locale;

/** Default names: snake_case tables and columns, as Django and Spring Data Relational do. */
public final class Naming {

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
}
