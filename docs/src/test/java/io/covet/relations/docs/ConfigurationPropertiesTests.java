package io.covet.relations.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.jayway.jsonpath.JsonPath;

import org.junit.jupiter.api.Test;

/**
 * The property table of configuration.md against the configuration metadata the auto-configuration module
 * generates: every documented property exists, every property is documented, and literal defaults agree.
 */
class ConfigurationPropertiesTests {

	private static final Path GUIDE = Path.of(System.getProperty("basedir", "."));

	private static final String PREFIX = "covet.relations.";

	private static final Pattern ROW = Pattern.compile("^\\| `([^`]+)` \\| ([^|]*) \\|");

	private static final Pattern ASSIGNMENT = Pattern.compile("covet\\.relations\\.([a-z.-]+)=");

	/** Name to default value (or {@code null}) of every {@code covet.relations.*} property. */
	private static Map<String, Object> metadata() throws IOException {
		try (InputStream json = ConfigurationPropertiesTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			assertThat(json).as("the auto-configuration's generated metadata").isNotNull();
			List<Map<String, Object>> properties = JsonPath.read(new String(json.readAllBytes(), StandardCharsets.UTF_8),
					"$.properties");
			Map<String, Object> defaults = new LinkedHashMap<>();
			properties.stream()
				.filter(property -> property.get("name").toString().startsWith(PREFIX))
				.forEach(property -> defaults.put(property.get("name").toString(), property.get("defaultValue")));
			return defaults;
		}
	}

	/** Name to default cell of the rows of the table under {@code | property | default | meaning |}. */
	private static Map<String, String> documented() {
		Map<String, String> rows = new LinkedHashMap<>();
		boolean inTable = false;
		for (String line : GuideSnippets.read(GUIDE.resolve("configuration.md"))) {
			if (line.startsWith("| property | default |")) {
				inTable = true;
			}
			else if (inTable && !line.startsWith("|")) {
				break;
			}
			else if (inTable) {
				Matcher row = ROW.matcher(line);
				if (row.find()) {
					rows.put(row.group(1), row.group(2).strip());
				}
			}
		}
		return rows;
	}

	@Test
	void thePropertyTableListsExactlyTheRealProperties() throws IOException {
		assertThat(documented().keySet()).containsExactlyInAnyOrderElementsOf(metadata().keySet());
	}

	@Test
	void literalDefaultsInTheTableMatchTheMetadata() throws IOException {
		Map<String, Object> metadata = metadata();
		documented().forEach((name, cell) -> {
			Object actual = metadata.get(name);
			if (actual != null && cell.startsWith("`")) {
				String literal = cell.substring(1, cell.indexOf('`', 1));
				assertThat(literal).as("default of %s", name).isEqualTo(actual.toString());
			}
		});
	}

	@Test
	void propertiesSetInTheProseExist() throws IOException {
		Map<String, Object> metadata = metadata();
		for (Path page : GuideSnippetsTests.pages()) {
			for (String line : GuideSnippets.read(page)) {
				Matcher assignment = ASSIGNMENT.matcher(line);
				while (assignment.find()) {
					assertThat(metadata).as("%s: %s", page.getFileName(), line)
						.containsKey(PREFIX + assignment.group(1));
				}
			}
		}
	}
}
