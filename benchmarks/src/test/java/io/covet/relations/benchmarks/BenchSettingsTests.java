package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class BenchSettingsTests {

	private static final List<String> DATABASES = List.of("sqlite", "postgresql", "mariadb");

	private static final List<String> WORKLOADS = List.copyOf(BenchSettings.WORKLOADS.keySet());

	private static BenchSettings settings(List<String> databases, List<String> workloads, boolean quick,
			Map<String, String[]> params, List<String> columns) {
		return new BenchSettings(databases, workloads, quick, false, 2, 1, 5, params, columns, List.of("-XX:+UseSerialGC"));
	}

	@Test
	void onlyARunOfEverythingAtTheDefaultSizesReplacesThePublishedReport() {
		assertThat(settings(DATABASES, WORKLOADS, false, Map.of(), BenchmarkName.COLUMNS).full()).isTrue();
		assertThat(settings(DATABASES, WORKLOADS, true, Map.of(), BenchmarkName.COLUMNS).full()).isFalse();
		assertThat(settings(List.of("mariadb"), WORKLOADS, false, Map.of(), BenchmarkName.COLUMNS).full()).isFalse();
		assertThat(settings(DATABASES, List.of("m2mWrite"), false, Map.of(), BenchmarkName.COLUMNS).full()).isFalse();
		assertThat(settings(DATABASES, WORKLOADS, false, Map.of("nodes", new String[] { "1000" }), BenchmarkName.COLUMNS)
			.full()).isFalse();
		assertThat(settings(DATABASES, WORKLOADS, false, Map.of(), List.of("covet", "jdbc")).full()).isFalse();
	}
}
