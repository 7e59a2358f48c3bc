package io.covet.relations.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The databases the suite runs on. {@code COVET_TEST_DATABASES} (comma-separated) narrows the list for a quick
 * local run; CI runs all three.
 */
public enum TestTarget {

	SQLITE, POSTGRESQL, MARIADB;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	static List<TestTarget> selected() {
		String configured = System.getenv("COVET_TEST_DATABASES");
		if (configured == null || configured.isBlank()) {
			return List.of(values());
		}
		List<TestTarget> targets = new ArrayList<>();
		for (String name : configured.split(",")) {
			targets.add(valueOf(name.trim().toUpperCase(Locale.ROOT)));
		}
		return targets;
	}
}
