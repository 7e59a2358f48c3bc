package io.covet.relations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.covet.relations.docs.GuideSnippets.Fragment;

/**
 * Every {@code ```java} snippet of the guide and the README appears in this module's test sources, which compile
 * against the real API (and mostly run): a snippet edited without its source, or an API change that breaks the
 * source, fails the build.
 */
class GuideSnippetsTests {

	private static final Path GUIDE = Path.of(System.getProperty("basedir", "."));

	private static final Path SOURCES = GUIDE.resolve("src/test/java");

	static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>();
		try (Stream<Path> files = Files.list(GUIDE)) {
			files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		pages.add(GUIDE.resolve("../README.md").normalize());
		return pages;
	}

	/** Normalised snippet sources: every test source but the snippet checker's own. */
	private static List<String> snippetSources() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			return files.filter(file -> file.toString().endsWith(".java"))
				.filter(file -> !file.getFileName().toString().startsWith("GuideSnippets"))
				.map(file -> GuideSnippets.normalise(String.join("\n", GuideSnippets.read(file))))
				.toList();
		}
	}

	private static List<Fragment> allFragments() throws IOException {
		return pages().stream().flatMap(page -> GuideSnippets.fragments(page).stream()).toList();
	}

	@Test
	void everyJavaSnippetAppearsInTheCompiledSnippetSources() throws IOException {
		List<Fragment> fragments = allFragments();
		// Guards the extraction itself: a parser that finds nothing would pass vacuously.
		assertThat(fragments).hasSizeGreaterThan(20);
		assertThat(fragments).extracting(fragment -> fragment.file().getFileName().toString())
			.contains("README.md", "getting-started.md", "deletion.md");

		assertThat(GuideSnippets.missing(fragments, snippetSources()))
			.as("snippets of the guide without a compiling source in docs/src/test/java")
			.isEmpty();
	}

	@Test
	void aSnippetThatDriftsFromItsSourceIsReported() throws IOException {
		Fragment readme = GuideSnippets.fragments(GUIDE.resolve("../README.md")).get(0);
		Fragment drifted = new Fragment(readme.file(), readme.line(), readme.code().replace("Ref<Author>", "Ref<Writer>"));

		assertThat(drifted.code()).isNotEqualTo(readme.code());
		assertThat(GuideSnippets.missing(List.of(readme, drifted), snippetSources())).containsExactly(drifted);
	}

	@Test
	void cutsSnippetsAtBlankLinesAndElisionsAndIgnoresOtherBlocks(@org.junit.jupiter.api.io.TempDir Path dir)
			throws IOException {
		Path page = dir.resolve("page.md");
		Files.writeString(page, String.join("\n", "# Page", "```yaml", "a: b", "```", "```java", "class A {",
				"    int x;", "    // ...", "}", "", "new A();", "```", "text", ""));

		assertThat(GuideSnippets.fragments(page)).extracting(Fragment::line, Fragment::normalised)
			.containsExactly(org.assertj.core.api.Assertions.tuple(6, "class A { int x;"),
					org.assertj.core.api.Assertions.tuple(9, "}"), org.assertj.core.api.Assertions.tuple(11, "new A();"));
	}
}
