package io.covet.relations.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * Runs the benchmarks and writes the report: per workload and database the median time of each column, the ratios
 * covet/jdbc and covet/hibernate with the range their quartiles allow ({@link IterationTimes}), bytes allocated per
 * operation, the statements each column ran and, for deletes, objects per second. Writes {@code docs/performance.md}, {@code docs/performance.html} (a chart) and
 * {@code benchmarks/target/results.json}; a partial run ({@link BenchSettings#full()}) writes its report and chart
 * under {@code benchmarks/target} instead, and {@code COVET_BENCH_DOCS} names another folder. What runs is set by
 * {@link BenchSettings}.
 */
public final class BenchmarkReport {

	private static final List<String> COLUMNS = BenchmarkName.COLUMNS;

	/** Column headings. */
	private static final Map<String, String> TITLES = Map.of("covet", "covet", "jdbc", "jdbc", "hibernate", "hibernate",
			"hibernateLazy", "hibernate lazy", "hibernateOnDelete", "hibernate @OnDelete", "naive", "naive");

	/** One measured column of one row: time, allocation, and what its trial counted. */
	record Cell(IterationTimes times, double bytesPerOp, long statements, long objects) {

		/** The median time, ms. */
		double ms() {
			return this.times.median();
		}
	}

	/** A workload's rows (database, and the parameters that vary) and the parameters common to all of them. */
	record Section(Map<String, Map<String, Cell>> rows, String commonParams) {
	}

	/** The folder of the published report and chart. */
	private static final String PUBLISHED = "docs";

	private BenchmarkReport() {
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.read();
		if (replacesPublishedReport(settings) && Boolean.parseBoolean(BenchSettings.setting("quietCheck", "true"))) {
			List<QuietCheck.Spread> spreads = QuietCheck.measure(settings);
			System.out.println(QuietCheck.report(spreads));
			if (!QuietCheck.quiet(spreads)) {
				System.exit(3);
			}
		}
		Path statementLog = Path.of("benchmarks", "target", "statements.tsv").toAbsolutePath();
		Files.createDirectories(statementLog.getParent());
		Files.deleteIfExists(statementLog);
		List<RunResult> results = new ArrayList<>();
		List<RowMeasurement.Outcome> outcomes = new ArrayList<>();
		for (RowMeasurement.Plan row : settings.rows(statementLog.toString())) {
			RowMeasurement.Outcome outcome = RowMeasurement.measure(row, settings.remeasures());
			outcomes.add(outcome);
			results.addAll(outcome.results());
		}
		results = merged(results);
		Map<String, StatementLog.Counts> counts = StatementLog.read(statementLog);
		Map<String, Section> table = new LinkedHashMap<>();
		for (String workload : BenchSettings.WORKLOADS.keySet()) {
			List<RunResult> ofWorkload = new ArrayList<>();
			for (RunResult result : results) {
				if (BenchmarkName.parse(result.getParams().getBenchmark()).workload().equals(workload)) {
					ofWorkload.add(result);
				}
			}
			ofWorkload.sort(Comparator.comparingInt(result -> settings.databases().indexOf(result.getParams().getParam("database"))));
			if (!ofWorkload.isEmpty()) {
				table.put(workload, section(ofWorkload, counts));
			}
		}
		write(table, settings, outcomes);
	}

	/**
	 * The folder the report and chart go to: {@code COVET_BENCH_DOCS} (or {@code -Dcovet.bench.docs}) when set, else
	 * the published report's for a {@link BenchSettings#full() full} run, else {@code benchmarks/target}.
	 */
	private static Path reportFolder(BenchSettings settings) {
		String chosen = BenchSettings.setting("docs", null);
		return Path.of((chosen != null) ? chosen : settings.full() ? PUBLISHED : "benchmarks/target");
	}

	/** Whether this run writes over the published report, and so must first find the machine quiet. */
	private static boolean replacesPublishedReport(BenchSettings settings) {
		return reportFolder(settings).normalize().equals(Path.of(PUBLISHED));
	}

	/**
	 * One result per benchmark and parameters, pooling the forks that {@link RunOrder} ran as separate runs, in the
	 * order the first of them ran.
	 */
	static List<RunResult> merged(List<RunResult> results) {
		Map<String, List<RunResult>> byTrial = new LinkedHashMap<>();
		for (RunResult result : results) {
			BenchmarkParams params = result.getParams();
			byTrial.computeIfAbsent(params.getBenchmark() + BenchmarkName.paramsKey(params), key -> new ArrayList<>())
				.add(result);
		}
		List<RunResult> merged = new ArrayList<>();
		for (List<RunResult> forks : byTrial.values()) {
			List<BenchmarkResult> data = new ArrayList<>();
			forks.forEach(fork -> data.addAll(fork.getBenchmarkResults()));
			merged.add(new RunResult(forks.get(0).getParams(), data));
		}
		return merged;
	}

	/** Rows labelled by database, plus {@code (name=value, ...)} for the parameters that take several values. */
	private static Section section(List<RunResult> results, Map<String, StatementLog.Counts> counts) {
		Map<String, Set<String>> values = new TreeMap<>();
		for (RunResult result : results) {
			BenchmarkParams params = result.getParams();
			for (String key : params.getParamsKeys()) {
				if (!key.equals("database")) {
					values.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(params.getParam(key));
				}
			}
		}
		List<String> varying = new ArrayList<>();
		List<String> common = new ArrayList<>();
		values.forEach((key, seen) -> {
			if (seen.size() > 1) {
				varying.add(key);
			}
			else {
				common.add(key + "=" + seen.iterator().next());
			}
		});
		Map<String, Map<String, Cell>> rows = new LinkedHashMap<>();
		for (RunResult result : results) {
			BenchmarkParams params = result.getParams();
			BenchmarkName name = BenchmarkName.parse(params.getBenchmark());
			List<String> label = new ArrayList<>();
			for (String key : varying) {
				label.add(key + "=" + params.getParam(key));
			}
			String row = params.getParam("database") + (label.isEmpty() ? "" : " (" + String.join(", ", label) + ")");
			Result<?> allocation = result.getSecondaryResults().get("gc.alloc.rate.norm");
			StatementLog.Counts counted = counts.getOrDefault(StatementLog.key(name, BenchmarkName.paramsKey(params)),
					new StatementLog.Counts(-1, 0));
			rows.computeIfAbsent(row, r -> new LinkedHashMap<>())
				.put(name.column(), new Cell(IterationTimes.of(result), allocation == null ? Double.NaN : allocation.getScore(),
						counted.statements(), counted.objects()));
		}
		return new Section(rows, String.join(", ", common));
	}

	private static void write(Map<String, Section> table, BenchSettings settings, List<RowMeasurement.Outcome> outcomes)
			throws Exception {
		StringBuilder md = new StringBuilder();
		md.append("# Performance\n\n");
		md.append("Measured with JMH 1.37 in one JVM, on the same DataSource (HikariCP), schema (one Flyway script per ")
			.append("database, `benchmarks/src/main/resources/db/bench`) and driver settings for every column: **covet**; **jdbc**, the best hand-written SQL (one array parameter on PostgreSQL, IN-lists ")
			.append("chunked to the bind-parameter cap elsewhere, on SQLite a SELECT's list of more than 100 keys as one JSON array, ")
			.append("multi-row INSERTs, set-based DELETEs); **hibernate** ")
			.append("(Hibernate from the Spring Boot BOM through JPA, LAZY associations, JOIN FETCH per query, read-only hint ")
			.append("on reads, a new session per operation, batch fetch size 16, JDBC batches of 50 with ordered inserts); ")
			.append("**hibernate lazy**, Hibernate's default lazy loading on the same mapping: a plain query, then each ")
			.append("association loaded on first access, 16 owners per statement (batch fetch size 16), no read-only hint; ")
			.append("**hibernate @OnDelete** (deletes only), the database-side reference: the same tables with ")
			.append("`ON DELETE CASCADE` foreign keys, mapped with `@OnDelete`, so the database removes the children; ")
			.append("**naive**, one query per parent where that is meaningful.\n\n");
		md.append(settings.describe())
			.append("A ratio is of the two medians; in brackets, the range the quartiles allow (covet's lower quartile over ")
			.append("the other column's upper, to covet's upper over the other's lower): a target inside it is a tie. ")
			.append("bytes/op from JMH's GC profiler; statements counted by a proxy DataSource (a JDBC batch counts once). ")
			.append("Every trial first checks that its column and a reference column built the same object graph (or, ")
			.append("for writes, left the same rows), and fails otherwise. Data is deterministic, derived from row ")
			.append("indices.\n\n");
		md.append(remeasured(outcomes, settings.remeasures()));
		md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(", ").append(System.getProperty("os.name")).append("; ")
			.append(versions(settings.databases())).append(".\n\n");
		md.append("Reproduce: `mvn -pl benchmarks -am -DskipTests package && java -jar benchmarks/target/benchmarks.jar` ")
			.append("(from the repository root; `COVET_BENCH_DATABASES=postgresql` narrows it; see \"Running a part\" ")
			.append("below). How the latest full run reads against the project's targets: ")
			.append("[performance-targets.md](performance-targets.md).\n\n");
		StringBuilder json = new StringBuilder("[");
		for (Map.Entry<String, Section> workload : table.entrySet()) {
			Section section = workload.getValue();
			boolean objects = section.rows().values().stream().flatMap(row -> row.values().stream()).anyMatch(c -> c.objects() > 0);
			md.append("## ").append(BenchSettings.WORKLOADS.get(workload.getKey())).append("\n\n");
			if (!section.commonParams().isEmpty()) {
				md.append(settings.params().isEmpty() ? "Parameters: " : "Parameters of this run (the title gives the defaults): ")
					.append(section.commonParams()).append(".\n\n");
			}
			List<String> present = COLUMNS.stream()
				.filter(column -> section.rows().values().stream().anyMatch(row -> row.containsKey(column)))
				.toList();
			List<String> compared = present.stream().filter(column -> !column.equals("covet") && !column.equals("naive")).toList();
			md.append("| database |");
			present.forEach(column -> md.append(' ').append(TITLES.get(column)).append(" ms |"));
			compared.forEach(column -> md.append(" covet/").append(TITLES.get(column)).append(" |"));
			md.append(" covet bytes/op | hibernate bytes/op | statements ").append(present.stream().map(TITLES::get).collect(
					java.util.stream.Collectors.joining(" / "))).append(" |");
			List<String> deleting = present.stream().filter(column -> !column.equals("naive")).toList();
			if (objects) {
				md.append(" objects/s ").append(deleting.stream().map(TITLES::get).collect(java.util.stream.Collectors.joining(" / ")))
					.append(" |");
			}
			md.append("\n|---|").append("---|".repeat(present.size() + compared.size() + 3 + (objects ? 1 : 0))).append('\n');
			for (Map.Entry<String, Map<String, Cell>> entry : section.rows().entrySet()) {
				Map<String, Cell> row = entry.getValue();
				md.append("| ").append(entry.getKey());
				for (String column : present) {
					md.append(" | ").append(row.containsKey(column) ? format(row.get(column).ms()) : "–");
				}
				for (String column : compared) {
					md.append(" | ").append(ratio(row, column));
				}
				md.append(" | ").append(bytes(row.get("covet"))).append(" | ").append(bytes(row.get("hibernate")));
				md.append(" | ").append(joined(row, present, BenchmarkReport::statements)).append(" |");
				if (objects) {
					md.append(' ').append(joined(row, deleting, BenchmarkReport::objectsPerSecond)).append(" |");
				}
				md.append('\n');
				for (Map.Entry<String, Cell> cell : row.entrySet()) {
					Cell value = cell.getValue();
					json.append(json.length() > 1 ? ",\n" : "\n")
						.append(String.format(Locale.ROOT,
								"  {\"workload\": \"%s\", \"row\": \"%s\", \"column\": \"%s\", \"ms\": %.4f, \"lowerQuartileMs\": %.4f, \"upperQuartileMs\": %.4f, \"bytesPerOp\": %.0f, \"statements\": %d, \"objects\": %d}",
								workload.getKey(), entry.getKey(), cell.getKey(), value.ms(), value.times().lowerQuartile(),
								value.times().upperQuartile(),
								Double.isNaN(value.bytesPerOp()) ? 0 : value.bytesPerOp(), value.statements(), value.objects()));
				}
			}
			md.append('\n');
		}
		Path running = Path.of("benchmarks", "RUNNING.md");
		if (Files.exists(running)) {
			md.append(Files.readString(running));
		}
		json.append("\n]\n");
		Path docs = reportFolder(settings);
		boolean partial = !replacesPublishedReport(settings);
		Files.createDirectories(docs);
		Files.writeString(docs.resolve("performance.md"), md.toString());
		Files.writeString(docs.resolve("performance.html"), Chart.html(table));
		Files.writeString(docs.resolve("performance.json"), json.toString());
		Files.writeString(Path.of("benchmarks", "target", "results.json"), json.toString());
		System.out.println(md);
		System.out.println("Report written to " + docs.resolve("performance.md")
				+ (partial ? " (" + PUBLISHED + "/performance.md is left as it is)" : ""));
	}

	/**
	 * The paragraph on rows measured again ({@link RowMeasurement}): how many, which, and which stayed scattered, so
	 * that a reader knows which rows' ratios to trust less.
	 */
	static String remeasured(List<RowMeasurement.Outcome> outcomes, int remeasures) {
		List<RowMeasurement.Outcome> timed = outcomes.stream().filter(RowMeasurement.Outcome::timed).toList();
		if (timed.isEmpty() || remeasures == 0) {
			return "";
		}
		List<RowMeasurement.Outcome> again = timed.stream().filter(outcome -> outcome.attempts() > 1).toList();
		List<RowMeasurement.Outcome> scattered = timed.stream().filter(outcome -> !outcome.steady()).toList();
		StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
				"A timed row whose worst column (naive aside) scattered by more than %.0f %% (quartiles' distance over the "
						+ "median, the forks pooled) was measured again as a whole, up to %d more time(s), and the attempt "
						+ "that scattered least was kept; the choice looks at the scatter only, not at times or ratios. "
						+ "In this run %d of %d timed rows were measured again",
				100 * QuietCheck.SPREAD_LIMIT, remeasures, again.size(), timed.size()));
		text.append(again.isEmpty() ? "" : ": " + labels(again));
		text.append(scattered.isEmpty() ? "; every row kept stayed within the limit.\n\n"
				: String.format(Locale.ROOT, "; %d stayed above the limit, their ratios less sure than the brackets say: %s.\n\n",
						scattered.size(), labels(scattered)));
		return text.toString();
	}

	private static String labels(List<RowMeasurement.Outcome> outcomes) {
		return outcomes.stream()
			.map(outcome -> String.format(Locale.ROOT, "%s (%.0f %%)", outcome.label(), 100 * outcome.spread()))
			.collect(java.util.stream.Collectors.joining(", "));
	}

	/** Hibernate's version, and each database server's and JDBC driver's, read from a connection. */
	static String versions(List<String> databases) {
		List<String> versions = new ArrayList<>();
		versions.add("Hibernate " + org.hibernate.Version.getVersionString());
		for (String database : databases) {
			String user = database.equals("postgresql") ? "postgres" : database.equals("mariadb") ? "root" : "";
			try (Connection connection = DriverManager.getConnection(Fixture.url(database), user, "")) {
				DatabaseMetaData meta = connection.getMetaData();
				versions.add(meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " (driver "
						+ meta.getDriverVersion() + ")");
			}
			catch (Exception ex) {
				versions.add(database + " version unknown (" + ex.getMessage() + ")");
			}
		}
		return String.join(", ", versions);
	}

	private static String joined(Map<String, Cell> row, List<String> columns, java.util.function.Function<Cell, String> value) {
		List<String> values = new ArrayList<>();
		for (String column : columns) {
			values.add(row.containsKey(column) ? value.apply(row.get(column)) : "–");
		}
		return String.join(" / ", values);
	}

	private static String statements(Cell cell) {
		return cell.statements() < 0 ? "?" : String.valueOf(cell.statements());
	}

	private static String objectsPerSecond(Cell cell) {
		return String.format(Locale.ROOT, "%,.0f", cell.objects() / (cell.ms() / 1000));
	}

	private static String format(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	private static String ratio(Map<String, Cell> row, String other) {
		if (!row.containsKey("covet") || !row.containsKey(other)) {
			return "–";
		}
		return row.get("covet").times().ratioTo(row.get(other).times());
	}

	private static String bytes(Cell cell) {
		return (cell == null || Double.isNaN(cell.bytesPerOp())) ? "–" : String.format(Locale.ROOT, "%,.0f", cell.bytesPerOp());
	}
}
