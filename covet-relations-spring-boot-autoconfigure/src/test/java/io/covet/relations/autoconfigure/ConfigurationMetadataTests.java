package io.covet.relations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonParserFactory;

/**
 * What an IDE shows for {@code covet.relations.*} in {@code application.yml}: every property described in plain text
 * (before, a description carried Javadoc's {@code @code} markup), and the dialect's values offered as hints.
 */
class ConfigurationMetadataTests {

	private static Map<String, Object> metadata() throws Exception {
		try (InputStream in = ConfigurationMetadataTests.class
			.getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
			return JsonParserFactory.getJsonParser().parseMap(new String(in.readAllBytes(), StandardCharsets.UTF_8));
		}
	}

	@Test
	@SuppressWarnings("unchecked")
	void everyPropertyIsDescribedInPlainTextAndTheDialectHasHints() throws Exception {
		Map<String, Object> metadata = metadata();
		List<Map<String, Object>> properties = (List<Map<String, Object>>) metadata.get("properties");
		assertThat(properties).isNotEmpty().allSatisfy(property -> assertThat((String) property.get("description"))
			.as((String) property.get("name")).isNotBlank().doesNotContain("{@"));
		List<Map<String, Object>> hints = (List<Map<String, Object>>) metadata.get("hints");
		assertThat(hints).anySatisfy(hint -> {
			assertThat(hint.get("name")).isEqualTo("covet.relations.dialect");
			assertThat((List<Map<String, Object>>) hint.get("values")).extracting(value -> value.get("value"))
				.containsExactly("postgresql", "mariadb", "mysql", "sqlite");
		});
	}
}
