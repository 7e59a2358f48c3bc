package io.covet.relations.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks and writes the report: per workload and database the median time of each column, the ratios
 * covet/jdbc and covet/hibernate, bytes allocated per operation and the statements each column ran. Writes
 * {@code docs/performance.md}, {@code docs/performance.html} (a chart) and {@code benchmarks/target/results.json}.
 * Databases: {@code COVET_BENCH_DATABASES} (default all three); forks, iterations: {@code COVET_BENCH_FORKS},
 * {@code COVET_BENCH_ITERATIONS}.
 */
public final class BenchmarkReport {

	private static final String[] COLUMNS = { "covet", "jdbc", "hibernate", "naive" };

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws Exception {
		String[] databases = System.getenv().getOrDefault("COVET_BENCH_DATABASES", "sqlite,postgresql,mariadb").split(",");
		int forks = Integer.parseInt(System.getenv().getOrDefault("COVET_BENCH_FORKS", "1"));
		int iterations = Integer.parseInt(System.getenv().getOrDefault("COVET_BENCH_ITERATIONS", "5"));
		Options options = new OptionsBuilder().include(ReadBenchmarks.class.getName())
			.param("database", databases)
			.forks(forks)
			.warmupIterations(3)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(iterations)
			.measurementTime(TimeValue.seconds(1))
			.addProfiler(GCProfiler.class)
			.build();
		Collection<RunResult> results = new Runner(options).run();

		// workload -> database -> column -> {median ms, bytes/op, statements}
		Map<String, Map<String, Map<String, double[]>>> table = new TreeMap<>();
		for (RunResult result : results) {
			String method = result.getParams().getBenchmark();
			method = method.substring(method.lastIndexOf('.') + 1);
			String column = column(method);
			String workload = method.substring(0, method.length() - capitalize(column).length());
			String database = result.getParams().getParam("database");
			Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
			table.computeIfAbsent(workload, w -> new TreeMap<>())
				.computeIfAbsent(database, d -> new LinkedHashMap<>())
				.put(column, new double[] { median(result), allocation == null ? Double.NaN : allocation.getScore(), 0 });
		}
		countStatements(databases, table);
		write(table, databases, forks, iterations);
	}

	private static String column(String method) {
		for (String column : COLUMNS) {
			if (method.endsWith(capitalize(column))) {
				return column;
			}
		}
		throw new IllegalArgumentException(method);
	}

	private static String capitalize(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static double median(RunResult result) {
		List<Double> scores = new ArrayList<>();
		for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
			for (IterationResult iteration : benchmark.getIterationResults()) {
				scores.add(iteration.getPrimaryResult().getScore());
			}
		}
		scores.sort(Double::compare);
		int middle = scores.size() / 2;
		return scores.size() % 2 == 1 ? scores.get(middle) : (scores.get(middle - 1) + scores.get(middle)) / 2;
	}

	/** Runs each column once on a counted DataSource; the counts are exact, not sampled. */
	private static void countStatements(String[] databases, Map<String, Map<String, Map<String, double[]>>> table)
			throws Exception {
		for (String database : databases) {
			try (Fixture fixture = new Fixture(database, 1000, 10)) {
				Map<String, Counted> columns = new LinkedHashMap<>();
				columns.put("prefetch/covet", () -> Workloads.prefetchCovet(fixture));
				columns.put("prefetch/jdbc", () -> Workloads.prefetchJdbc(fixture));
				columns.put("prefetch/hibernate", () -> Workloads.prefetchHibernate(fixture));
				columns.put("prefetch/naive", () -> Workloads.prefetchNaive(fixture));
				columns.put("selectRelated/covet", () -> Workloads.selectRelatedCovet(fixture));
				columns.put("selectRelated/jdbc", () -> Workloads.selectRelatedJdbc(fixture));
				columns.put("selectRelated/hibernate", () -> Workloads.selectRelatedHibernate(fixture));
				for (Map.Entry<String, Counted> entry : columns.entrySet()) {
					long before = CountingDataSource.STATEMENTS.get();
					entry.getValue().run();
					long statements = CountingDataSource.STATEMENTS.get() - before;
					String[] key = entry.getKey().split("/");
					double[] row = table.getOrDefault(key[0], Map.of()).getOrDefault(database, Map.of()).get(key[1]);
					if (row != null) {
						row[2] = statements;
					}
				}
			}
		}
	}

	@FunctionalInterface
	private interface Counted {

		long run() throws Exception;
	}

	private static void write(Map<String, Map<String, Map<String, double[]>>> table, String[] databases, int forks,
			int iterations) throws Exception {
		StringBuilder md = new StringBuilder();
		md.append("# Performance\n\n");
		md.append("Measured with JMH 1.37 in one JVM, on the same DataSource (HikariCP) and driver settings for every column: ")
			.append("**covet**; **jdbc**, the hand-written floor (one array parameter on PostgreSQL, one IN-list elsewhere); ")
			.append("**hibernate** (Hibernate from the Spring Boot BOM, LAZY associations, JOIN FETCH per query, read-only ")
			.append("hint, a new session per operation, default batch fetch size 16); **naive**, one query per author.\n\n");
		md.append("Time is the median of ").append(iterations).append(" one-second iterations after 3 warm-up iterations, ")
			.append(forks).append(" fork(s); bytes/op from JMH's GC profiler; statements counted by a proxy DataSource. ")
			.append("Every trial first checks that all columns built the same object graph.\n\n");
		md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append(".\n\n");
		md.append("Reproduce: `mvn -pl benchmarks -am -DskipTests package && java -jar benchmarks/target/benchmarks.jar` ")
			.append("(from the repository root; `COVET_BENCH_DATABASES=postgresql` narrows it).\n\n");
		StringBuilder json = new StringBuilder("[");
		for (Map.Entry<String, Map<String, Map<String, double[]>>> workload : table.entrySet()) {
			md.append("## ").append(title(workload.getKey())).append("\n\n");
			md.append("| database | covet ms | jdbc ms | hibernate ms | naive ms | covet/jdbc | covet/hibernate | covet bytes/op | ")
				.append("hibernate bytes/op | statements covet / jdbc / hibernate / naive |\n");
			md.append("|---|---|---|---|---|---|---|---|---|---|\n");
			for (String database : databases) {
				Map<String, double[]> row = workload.getValue().get(database);
				if (row == null) {
					continue;
				}
				md.append("| ").append(database);
				for (String column : COLUMNS) {
					md.append(" | ").append(row.containsKey(column) ? format(row.get(column)[0]) : "–");
				}
				md.append(" | ").append(ratio(row, "jdbc")).append(" | ").append(ratio(row, "hibernate"));
				md.append(" | ").append(bytes(row.get("covet"))).append(" | ").append(bytes(row.get("hibernate")));
				md.append(" | ");
				List<String> statements = new ArrayList<>();
				for (String column : COLUMNS) {
					statements.add(row.containsKey(column) ? String.valueOf((long) row.get(column)[2]) : "–");
				}
				md.append(String.join(" / ", statements)).append(" |\n");
				for (Map.Entry<String, double[]> cell : row.entrySet()) {
					json.append(json.length() > 1 ? ",\n" : "\n")
						.append(String.format(Locale.ROOT,
								"  {\"workload\": \"%s\", \"database\": \"%s\", \"column\": \"%s\", \"ms\": %.4f, \"bytesPerOp\": %.0f, \"statements\": %d}",
								workload.getKey(), database, cell.getKey(), cell.getValue()[0],
								Double.isNaN(cell.getValue()[1]) ? 0 : cell.getValue()[1], (long) cell.getValue()[2]));
				}
			}
			md.append('\n');
		}
		json.append("\n]\n");
		Path docs = Path.of(System.getenv().getOrDefault("COVET_BENCH_DOCS", "docs"));
		Files.createDirectories(docs);
		Files.writeString(docs.resolve("performance.md"), md.toString());
		Files.writeString(docs.resolve("performance.html"), Chart.html(table, databases));
		Files.createDirectories(Path.of("benchmarks", "target"));
		Files.writeString(Path.of("benchmarks", "target", "results.json"), json.toString());
		System.out.println(md);
	}

	private static String title(String workload) {
		return switch (workload) {
			case "prefetch" -> "1 and 9. Authors with their books: 1,000 authors × 10 books (prefetch vs naive N+1)";
			case "selectRelated" -> "2. Books with author and publisher: 10,000 books (select_related)";
			default -> workload;
		};
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String ratio(Map<String, double[]> row, String other) {
		if (!row.containsKey("covet") || !row.containsKey(other)) {
			return "–";
		}
		return String.format(Locale.ROOT, "%.2f×", row.get("covet")[0] / row.get(other)[0]);
	}

	private static String bytes(double[] cell) {
		return (cell == null || Double.isNaN(cell[1])) ? "–" : String.format(Locale.ROOT, "%,.0f", cell[1]);
	}
}
