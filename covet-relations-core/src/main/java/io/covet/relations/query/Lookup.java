package io.covet.relations.query;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The lookups a filter can end with ({@code name__icontains}); {@link #EXACT} when none is given. */
public enum Lookup {

	EXACT(false), IEXACT(true), CONTAINS(true), ICONTAINS(true), STARTSWITH(true), ISTARTSWITH(true), ENDSWITH(true),
	IENDSWITH(true), IN(false), GT(false), GTE(false), LT(false), LTE(false), ISNULL(false), RANGE(false);

	private final boolean textOnly;

	Lookup(boolean textOnly) {
		this.textOnly = textOnly;
	}

	/** Whether the lookup only applies to text fields. */
	public boolean textOnly() {
		return this.textOnly;
	}

	/** Lookup name as written in a filter. */
	public String lookupName() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** The lookup with this name, or {@code null}. */
	public static Lookup named(String name) {
		for (Lookup lookup : values()) {
			if (lookup.lookupName().equals(name)) {
				return lookup;
			}
		}
		return null;
	}

	/** Names of the lookups valid for a value type, for error messages. */
	public static List<String> namesFor(Class<?> type) {
		return Arrays.stream(values())
			.filter(lookup -> !lookup.textOnly || type == String.class)
			.map(Lookup::lookupName)
			.toList();
	}
}
