package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.openjdk.jmh.runner.options.Options;

import org.junit.jupiter.api.Test;

class BenchSettingsTests {

	private static final List<String> DATABASES = List.of("sqlite", "postgresql", "mariadb");

	private static final List<String> WORKLOADS = List.copyOf(BenchSettings.WORKLOADS.keySet());

	/** Every fork's run, rows flattened in order. */
	private static List<Options> runs(BenchSettings settings) {
		return settings.rows("statements.tsv").stream().flatMap(row -> row.forks().stream()).toList();
	}

	private static BenchSettings settings(List<String> databases, List<String> workloads, boolean quick,
			Map<String, String[]> params, List<String> columns) {
		return new BenchSettings(databases, workloads, quick, false, 2, 1, 5, params, columns, List.of("-XX:+UseSerialGC"),
				1);
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

	@Test
	void eachCascadeShapeWarmsUpByTheBooksItDeletesAndItsColumnsRunBackToBack() {
		List<RowMeasurement.Plan> rows = settings(DATABASES, List.of("cascadeDelete"), false, Map.of(), BenchmarkName.COLUMNS)
			.rows("statements.tsv");
		assertThat(rows).hasSize(3 * 4).allSatisfy(row -> {
			assertThat(row.timed()).isFalse();
			assertThat(row.forks()).hasSize(4);
		});
		assertThat(rows.get(0).label()).isEqualTo("cascadeDelete {database=sqlite, shape=1x1000, tagsPerBook=5}");
		List<Options> runs = rows.stream().flatMap(row -> row.forks().stream()).toList();
		assertThat(runs).hasSize(3 * 4 * 4);
		assertThat(runs.subList(0, 4)).extracting(options -> List.copyOf(options.getParameter("shape").get()))
			.containsOnly(List.of("1x1000"));
		assertThat(runs.subList(0, 4)).extracting(options -> List.copyOf(options.getParameter("database").get()))
			.containsOnly(List.of("sqlite"));
		assertThat(runs.subList(0, 16)).extracting(options -> options.getParameter("shape").get().iterator().next())
			.containsSubsequence("1x1000", "1x10000", "1x100000", "1000x10000");
		Map<String, Integer> warmUps = Map.of("1x1000", 50, "1x10000", 5, "1x100000", 1, "1000x10000", 5);
		assertThat(runs).allSatisfy(options -> assertThat(options.getWarmupIterations().get())
			.isEqualTo(warmUps.get(options.getParameter("shape").get().iterator().next())));
		assertThat(runs).allSatisfy(options -> assertThat(options.getForkCount().get()).isEqualTo(1));
		assertThat(settings(DATABASES, WORKLOADS, false, Map.of(), BenchmarkName.COLUMNS).describe()).contains(
				"warm-up operations that delete 50,000 books between them, at least one (50 at 1,000 books, 5 at 10,000, 1 at 100,000)");
	}

	@Test
	void aShapeGivenAsAParameterIsTheOnlyOneRunAndAQuickRunWarmsUpOnce() {
		Map<String, String[]> params = Map.of("shape", new String[] { "1x10000" }, "tagsPerBook", new String[] { "2" });
		List<Options> runs = runs(settings(DATABASES, List.of("cascadeDelete"), false, params, BenchmarkName.COLUMNS));
		assertThat(runs).hasSize(3 * 4).allSatisfy(options -> {
			assertThat(options.getParameter("shape").get()).containsExactly("1x10000");
			assertThat(options.getParameter("tagsPerBook").get()).containsExactly("2");
			assertThat(options.getWarmupIterations().get()).isEqualTo(5);
		});
		assertThat(runs(settings(DATABASES, List.of("cascadeDelete"), true, params, BenchmarkName.COLUMNS)))
			.allSatisfy(options -> assertThat(options.getWarmupIterations().get()).isEqualTo(1));
	}

	@Test
	void aTimedWorkloadRunsEachForkOfEachColumnAloneOnOneDatabase() {
		List<RowMeasurement.Plan> rows = settings(List.of("postgresql"), List.of("limitProbe"), false, Map.of(),
				List.of("covet", "jdbc"))
			.rows("statements.tsv");
		assertThat(rows).singleElement().satisfies(row -> assertThat(row.timed()).isTrue());
		List<Options> runs = rows.get(0).forks();
		String covet = "^\\Qio.covet.relations.benchmarks.LimitProbeBenchmarks.limitProbeCovet\\E$";
		String jdbc = "^\\Qio.covet.relations.benchmarks.LimitProbeBenchmarks.limitProbeJdbc\\E$";
		assertThat(runs).extracting(options -> options.getIncludes().get(0)).containsExactly(covet, jdbc, jdbc, covet);
		assertThat(runs).allSatisfy(options -> {
			assertThat(options.getParameter("database").get()).containsExactly("postgresql");
			assertThat(options.getParameter("parents").get()).containsExactly("100000");
			assertThat(options.getMeasurementIterations().get()).isEqualTo(5);
		});
	}
}
