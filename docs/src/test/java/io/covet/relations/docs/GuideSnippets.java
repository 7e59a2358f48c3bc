package io.covet.relations.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code ```java} blocks of the guide, cut into fragments. A snippet shows several pieces that cannot stand next
 * to each other in one source file (two classes, then statements that use them), so it is cut where the guide
 * separates them: at blank lines, and at a line {@code // ...} that marks code left out. Each fragment must then
 * appear, with white space folded, in one compiled source of this module.
 */
final class GuideSnippets {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final String ELISION = "// ...";

	/** A piece of a snippet and where it starts. */
	record Fragment(Path file, int line, String code) {

		String normalised() {
			return normalise(this.code);
		}

		@Override
		public String toString() {
			return this.file.getFileName() + ":" + this.line + "\n" + this.code.stripTrailing();
		}
	}

	private GuideSnippets() {
	}

	/** White space runs folded to one space, so indentation and line breaks do not count. */
	static String normalise(String code) {
		return WHITESPACE.matcher(code.strip()).replaceAll(" ");
	}

	/** The fragments of every {@code ```java} block of a Markdown file. */
	static List<Fragment> fragments(Path markdown) {
		List<String> lines = read(markdown);
		List<Fragment> fragments = new ArrayList<>();
		boolean inJava = false;
		StringBuilder current = new StringBuilder();
		int start = 0;
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			if (!inJava) {
				inJava = line.strip().equals("```java");
				continue;
			}
			boolean end = line.strip().equals("```");
			if (end || line.isBlank() || line.strip().equals(ELISION)) {
				if (!current.isEmpty()) {
					fragments.add(new Fragment(markdown, start, current.toString()));
					current.setLength(0);
				}
				inJava = !end;
				continue;
			}
			if (current.isEmpty()) {
				start = i + 1;
			}
			current.append(line).append('\n');
		}
		if (inJava) {
			throw new IllegalStateException(markdown + ": a ```java block is not closed");
		}
		return fragments;
	}

	/** Fragments found in none of {@code sources} (already normalised). */
	static List<Fragment> missing(List<Fragment> fragments, List<String> sources) {
		return fragments.stream()
			.filter(fragment -> sources.stream().noneMatch(source -> source.contains(fragment.normalised())))
			.toList();
	}

	static List<String> read(Path file) {
		try {
			return Files.readAllLines(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
