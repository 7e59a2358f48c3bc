package io.covet.relations.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * What to run, read from system properties ({@code -Dcovet.bench.workloads=...}) or, failing that, environment
 * variables ({@code COVET_BENCH_WORKLOADS=...}):
 * <ul>
 * <li>{@code databases}: comma-separated, default {@code sqlite,postgresql,mariadb};</li>
 * <li>{@code workloads}: comma-separated keys of {@link #WORKLOADS}, default all;</li>
 * <li>{@code quick}: {@code true} for a smoke run — one fork, one short warm-up and two short iterations, small
 * sizes (the limit probe keeps its 100,000 parents: exceeding the caps is its point);</li>
 * <li>{@code params}: JMH parameter overrides, {@code shape=1x100000;nodes=1000,10000};</li>
 * <li>{@code sweep}: {@code true} adds workload 1 over 10, 100 and 1,000 authors × 1, 10 and 100 books;</li>
 * <li>{@code forks}, {@code iterations}: forks and measured iterations of the timed workloads (default 2 and 5,
 * quick 1 and 2): a fork's JIT decisions move a column by more than its iterations do;</li>
 * <li>{@code singleShotForks}: forks of the single-shot workloads (default 1): each of their operations is long
 * and runs on freshly seeded rows, and the 100,000-book cascade alone takes a quarter of an hour per fork;</li>
 * <li>{@code columns}: comma-separated columns of {@link BenchmarkName#COLUMNS}, default all — to rerun a part;</li>
 * <li>{@code jvmArgs}: space-separated options for the forked JVMs, default {@value #DEFAULT_JVM_ARGS} (see
 * {@link #DEFAULT_JVM_ARGS}); e.g. add a flight recording to profile a column;</li>
 * <li>{@code remeasures}: how many times a timed row whose columns came out scattered is measured again (default 1,
 * quick 0; see {@link RowMeasurement}).</li>
 * </ul>
 */
record BenchSettings(List<String> databases, List<String> workloads, boolean quick, boolean sweep, int forks,
		int singleShotForks, int iterations, Map<String, String[]> params, List<String> columns, List<String> jvmArgs,
		int remeasures) {

	/**
	 * The serial collector: on a two-core machine shared with the database server, G1's concurrent threads compete
	 * with both, and the same column's iterations spread by ±15%; with the serial collector, by ±3%. Every column
	 * runs with the same options.
	 */
	static final String DEFAULT_JVM_ARGS = "-XX:+UseSerialGC";

	/** Every database, in report order. */
	static final List<String> DATABASES = List.of("sqlite", "postgresql", "mariadb");

	/** Every workload in report order, with its title (sizes are the defaults). */
	static final Map<String, String> WORKLOADS = new LinkedHashMap<>();

	static {
		WORKLOADS.put("prefetch", "1 and 9. Authors with their books: 1,000 authors × 10 books (prefetch vs naive N+1)");
		WORKLOADS.put("selectRelated", "2. Books with author and publisher: 10,000 books (select_related)");
		WORKLOADS.put("m2mPrefetch", "3. Posts with their tags: 5,000 posts × 5 tags out of 500 (many-to-many prefetch)");
		WORKLOADS.put("m2mLinksFirst",
				"3b. The same posts and tags with Prefetch.withLinksFirst(): link rows, then each distinct tag once (Hibernate: its fetch join)");
		WORKLOADS.put("m2mWrite", "4. Many-to-many writes: add 1, 10 or 1,000 tags; set 100 replacing half of 100; clear 100");
		WORKLOADS.put("genericPrefetch",
				"5. Comments with their objects: 10,000 comments over 3 content types (generic prefetch, covet 1 + K statements)");
		WORKLOADS.put("cascadeDelete",
				"6. Cascading delete: one author → 1,000, 10,000 or 100,000 books → 5 book-tag pairs each; 1,000 authors → 10,000 books at once");
		WORKLOADS.put("treeDescendants",
				"7. Tree: every descendant of the root of a 100,000-node tree with fan-out 10, per strategy");
		WORKLOADS.put("limitProbe", "8. Limit probe: prefetch of 100,000 authors with a book each (over every bind-parameter cap)");
	}

	/** Workloads measured single-shot on freshly seeded rows rather than for a time. */
	static final List<String> SINGLE_SHOT = List.of("cascadeDelete");

	/** The sizes a quick run uses instead of the defaults. */
	private static final Map<String, String[]> QUICK_PARAMS = Map.of("posts", new String[] { "500" }, "comments",
			new String[] { "1000" }, "shape", new String[] { "1x1000", "100x1000" }, "nodes", new String[] { "1000" });

	static BenchSettings read() {
		boolean quick = Boolean.parseBoolean(setting("quick", "false"));
		List<String> workloads = listSetting("workloads", List.copyOf(WORKLOADS.keySet()));
		Map<String, String[]> params = new LinkedHashMap<>(quick ? QUICK_PARAMS : Map.of());
		String overrides = setting("params", "");
		for (String assignment : overrides.isBlank() ? new String[0] : overrides.split(";")) {
			String[] pair = assignment.split("=", 2);
			params.put(pair[0].trim(), pair[1].trim().split(","));
		}
		List<String> columns = listSetting("columns", BenchmarkName.COLUMNS);
		String jvmArgs = setting("jvmArgs", DEFAULT_JVM_ARGS).trim();
		return new BenchSettings(List.of(setting("databases", String.join(",", DATABASES)).split(",")), workloads, quick,
				Boolean.parseBoolean(setting("sweep", "false")), Integer.parseInt(setting("forks", quick ? "1" : "2")),
				Integer.parseInt(setting("singleShotForks", "1")), Integer.parseInt(setting("iterations", quick ? "2" : "5")),
				params, columns,
				jvmArgs.isEmpty() ? List.of() : List.of(jvmArgs.split("\\s+")),
				Integer.parseInt(setting("remeasures", quick ? "0" : "1")));
	}

	/** A comma-separated setting whose items must be among {@code known}; all of them by default. */
	private static List<String> listSetting(String name, List<String> known) {
		List<String> items = new ArrayList<>();
		for (String item : setting(name, String.join(",", known)).split(",")) {
			if (!known.contains(item.trim())) {
				throw new IllegalArgumentException("Unknown " + name + " item " + item + "; known: " + known);
			}
			items.add(item.trim());
		}
		return items;
	}

	/** {@code -Dcovet.bench.<name>}, else {@code COVET_BENCH_<NAME>} ({@code jvmArgs}: {@code JVM_ARGS}), else the default. */
	static String setting(String name, String fallback) {
		String property = System.getProperty("covet.bench." + name);
		if (property != null) {
			return property;
		}
		return System.getenv()
			.getOrDefault("COVET_BENCH_" + name.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT), fallback);
	}

	/**
	 * The JMH runs, one per fork of each column of each row, grouped by report row in {@link RunOrder}: the time-based
	 * workloads ({@link #forks} rounds), the single-shot ones ({@link #singleShotForks} rounds, warm-ups sized by the
	 * cascade's shape), and the sweep. Each fork appends its statement counts to {@code statementLog}.
	 */
	List<RowMeasurement.Plan> rows(String statementLog) {
		List<RowMeasurement.Plan> rows = new ArrayList<>();
		// The sweep includes workload 1's default sizes: the time-based run leaves it to the sweep.
		List<String> timed = this.workloads.stream()
			.filter(w -> !SINGLE_SHOT.contains(w) && !(this.sweep && w.equals("prefetch")))
			.toList();
		List<String> singleShot = this.workloads.stream().filter(SINGLE_SHOT::contains).toList();
		rows.addAll(timedRows(timed, Map.of(), statementLog));
		Map<String, String[]> shapes = Map.of("shape", this.params.getOrDefault("shape", CascadeDeleteBenchmarks.SHAPES));
		for (List<RunOrder.Trial> row : RunOrder.rows(singleShot, this.columns, values(shapes), this.singleShotForks)) {
			List<Options> forks = new ArrayList<>();
			for (RunOrder.Trial trial : row) {
				String shape = trial.params().get("shape");
				forks.add(run(trial, statementLog)
					.warmupIterations(this.quick ? 1 : CascadeDeleteBenchmarks.warmUpOperations(shape))
					.measurementIterations(this.iterations)
					.build());
			}
			rows.add(new RowMeasurement.Plan(label(row), false, forks));
		}
		if (this.sweep) {
			Map<String, String[]> sizes = Map.of("authors", new String[] { "10", "100", "1000" }, "booksPerAuthor",
					new String[] { "1", "10", "100" });
			rows.addAll(timedRows(List.of("prefetch"), sizes, statementLog));
		}
		return rows;
	}

	/** The rows of time-based workloads, {@link #forks} rounds, with {@code own} parameter values. */
	private List<RowMeasurement.Plan> timedRows(List<String> workloads, Map<String, String[]> own, String statementLog) {
		List<RowMeasurement.Plan> rows = new ArrayList<>();
		for (List<RunOrder.Trial> row : RunOrder.rows(workloads, this.columns, values(own), this.forks)) {
			List<Options> forks = new ArrayList<>();
			for (RunOrder.Trial trial : row) {
				forks.add(timed(run(trial, statementLog)).build());
			}
			rows.add(new RowMeasurement.Plan(label(row), true, forks));
		}
		return rows;
	}

	/** {@code prefetch {authors=1000, booksPerAuthor=10, database=sqlite}}: a row's workload and parameters. */
	private static String label(List<RunOrder.Trial> row) {
		RunOrder.Trial first = row.get(0);
		return first.name().workload() + " " + new TreeMap<>(first.params());
	}

	/** Parameter values: the databases, the overrides, then {@code own} (which wins). */
	private Map<String, String[]> values(Map<String, String[]> own) {
		Map<String, String[]> values = new LinkedHashMap<>(this.params);
		values.put("database", this.databases.toArray(String[]::new));
		values.putAll(own);
		return values;
	}

	/** The options of one trial's run: its method alone, its parameters, one fork. */
	private ChainedOptionsBuilder run(RunOrder.Trial trial, String statementLog) {
		ChainedOptionsBuilder options = new OptionsBuilder().include("^" + Pattern.quote(trial.benchmark()) + "$")
			.forks(1)
			.jvmArgsAppend(jvmArgs(statementLog))
			.addProfiler(GCProfiler.class);
		trial.params().forEach(options::param);
		return options;
	}

	private String[] jvmArgs(String statementLog) {
		List<String> args = new ArrayList<>(this.jvmArgs);
		args.add("-D" + StatementLog.PROPERTY + "=" + statementLog);
		return args.toArray(String[]::new);
	}

	private ChainedOptionsBuilder timed(ChainedOptionsBuilder options) {
		TimeValue time = this.quick ? TimeValue.milliseconds(200) : TimeValue.seconds(1);
		return options.warmupIterations(this.quick ? 1 : 3)
			.warmupTime(time)
			.measurementIterations(this.iterations)
			.measurementTime(time);
	}

	/**
	 * Whether this run measures everything the published report shows: every database, workload and column at the
	 * default sizes, not quick. Only such a run replaces {@code docs/performance.md}; a partial one writes its report
	 * under {@code benchmarks/target}, so rerunning a part cannot overwrite the published tables by accident.
	 */
	boolean full() {
		return !this.quick && this.params.isEmpty() && this.databases.equals(DATABASES)
				&& this.workloads.equals(List.copyOf(WORKLOADS.keySet())) && this.columns.equals(BenchmarkName.COLUMNS);
	}

	/** "warm-up operations that delete 50,000 books between them (50 at 1,000 books, ...)", from the shapes. */
	private static String cascadeWarmUps() {
		Map<Integer, Integer> byBooks = new TreeMap<>();
		for (String shape : CascadeDeleteBenchmarks.SHAPES) {
			byBooks.put(CascadeDeleteBenchmarks.books(shape), CascadeDeleteBenchmarks.warmUpOperations(shape));
		}
		List<String> counts = new ArrayList<>();
		byBooks.forEach((books, operations) -> counts.add(operations + " at " + String.format(Locale.ROOT, "%,d", books)
				+ (counts.isEmpty() ? " books" : "")));
		return "warm-up operations that delete " + String.format(Locale.ROOT, "%,d", CascadeDeleteBenchmarks.WARM_UP_BOOKS)
				+ " books between them, at least one (" + String.join(", ", counts) + ")";
	}

	/** How the runs were measured, for the report's preamble. */
	String describe() {
		String time = this.quick ? "0.2-second" : "one-second";
		return "Time is the median of " + this.iterations + " " + time + " iterations after " + (this.quick ? 1 : 3)
				+ " warm-up iteration(s) in each of " + this.forks + " fork(s) (single-shot workloads: the median of "
				+ this.iterations + " operations, each on freshly seeded rows (on MariaDB flushed to disk before the"
				+ " timed delete), in each of " + this.singleShotForks
				+ " fork(s), after "
				+ (this.quick ? "one warm-up operation" : cascadeWarmUps()) + ")" + (this.quick ? " — a quick run, not for comparison" : "")
				+ "; the columns of a row run back to back, one fork each, and a row's next fork runs them in the "
				+ "reverse order, so a machine whose speed drifts moves the columns together; forked JVMs run with `"
				+ String.join(" ", this.jvmArgs) + "`; ";
	}
}
