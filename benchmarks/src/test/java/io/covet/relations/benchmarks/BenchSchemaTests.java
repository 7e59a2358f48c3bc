package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Flyway scripts every benchmark column reads are the benchmark models' DDL: when a model changes, this fails
 * until the scripts are written again ({@code java -cp benchmarks/target/benchmarks.jar
 * io.covet.relations.benchmarks.BenchSchema}).
 */
class BenchSchemaTests {

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql", "mariadb" })
	void scriptsMatchTheModels(String database) throws Exception {
		String resource = BenchSchema.location(database) + "/" + BenchSchema.SCRIPT;
		try (InputStream script = getClass().getClassLoader().getResourceAsStream(resource)) {
			assertThat(script).as(resource).isNotNull();
			assertThat(new String(script.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(BenchSchema.script(database));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "sqlite", "postgresql", "mariadb" })
	void theCascadeTablesCascadeInTheDatabase(String database) {
		String script = BenchSchema.script(database);
		assertThat(script.lines().filter(line -> line.contains("ON DELETE CASCADE"))).hasSize(2);
		assertThat(script.lines().filter(line -> line.contains("ON DELETE CASCADE")))
			.allMatch(line -> line.contains("c_book"));
	}
}
