package io.covet.relations.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Covet against other columns (the JDBC floor by default), measured in pairs: each row runs in a JVM of its own
 * ({@link PairedTrial}) that times the columns in mirrored rounds and reports, per other column, the median of the
 * rounds' ratios with its 95 % confidence interval.
 * <p>
 * The JMH report times each column in its own fork, seconds apart, which keeps one column's JIT profile out of the
 * other's but lets a machine that changes speed between forks move one column and not the other; on the two shared
 * cores here that spreads a read ratio by about ±0.3. Pairs answer the narrower question the targets ask, how
 * covet's time compares with the other column's on the same machine at the same moment, at the price of one JVM
 * compiling every column (as an application that uses them all would).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.covet.relations.benchmarks.PairedRatios}; the databases,
 * workloads (default the reads; {@code m2mWrite} when named) and parameters are chosen as for the JMH report
 * ({@code COVET_BENCH_DATABASES}, ...), the warm-up and the
 * measured time per row by {@code COVET_BENCH_PAIRED_WARM_UP} and {@code COVET_BENCH_PAIRED_SECONDS} (default 10 and
 * 30 seconds), the other columns by {@code COVET_BENCH_PAIRED_AGAINST} (comma-separated: {@code jdbc},
 * {@code hibernate}, {@code hibernateLazy}, {@code naive}; {@code all} for every one). The table goes to standard
 * output and to {@code benchmarks/target/performance-paired.md} ({@code performance-paired-hibernate.md}, ... for
 * others, {@code performance-paired-all.md} for several).
 */
public final class PairedRatios {

	/** The workloads measured for a time: the reads and the many-to-many writes (the cascade is single-shot). */
	static final List<String> PAIRABLE = List.of("prefetch", "selectRelated", "m2mPrefetch", "m2mLinksFirst", "m2mWrite",
			"genericPrefetch", "treeDescendants", "limitProbe");

	/** What a run pairs unless {@code COVET_BENCH_WORKLOADS} names workloads. */
	static final List<String> READS = PAIRABLE.stream().filter(workload -> !workload.equals("m2mWrite")).toList();

	/** The columns covet can be paired with (the database-side cascade column has no timed workload). */
	static final List<String> PAIRABLE_COLUMNS = List.of("jdbc", "hibernate", "hibernateLazy", "naive");

	private PairedRatios() {
	}

	/** One measured row: covet's time and allocation, and each other column the workload has. */
	record Row(String workload, Map<String, String> params, int rounds, double covetMillis, long covetBytes,
			List<PairedRounds.Versus> others) {

		Optional<PairedRounds.Versus> versus(String column) {
			return this.others.stream().filter(other -> other.column().equals(column)).findFirst();
		}
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.read();
		String warmUp = BenchSettings.setting("pairedWarmUp", "10");
		String seconds = BenchSettings.setting("pairedSeconds", "30");
		List<String> against = against(BenchSettings.setting("pairedAgainst", "jdbc"));
		// By default the reads, which the 1.2x target is about; the writes when named.
		List<String> chosen = (BenchSettings.setting("workloads", null) == null) ? READS : settings.workloads();
		List<String> workloads = chosen.stream().filter(PAIRABLE::contains).toList();
		if (workloads.isEmpty()) {
			throw new IllegalArgumentException("No pairable workload among " + settings.workloads() + "; pairable: " + PAIRABLE);
		}
		Map<String, String[]> values = new LinkedHashMap<>(settings.params());
		values.put("database", settings.databases().toArray(String[]::new));
		List<String> columns = new ArrayList<>();
		columns.add("covet");
		columns.addAll(against);
		Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<Row> rows = new ArrayList<>();
		for (List<RunOrder.Trial> trials : RunOrder.rows(workloads, columns, values, 1)) {
			// A workload without some column (no naive tree read) pairs covet with those it has.
			if (trials.size() > 1 && trials.get(0).name().column().equals("covet")) {
				rows.add(measure(settings, trials, warmUp, seconds));
			}
		}
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("No chosen workload has a column among " + against);
		}
		String report = report(rows, against, settings, warmUp, seconds, started);
		Path file = Path.of("benchmarks", "target", fileName(against));
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println(report);
		System.out.println("Report written to " + file);
	}

	/** The columns named by {@code COVET_BENCH_PAIRED_AGAINST}, in the order given; {@code all} for every one. */
	static List<String> against(String setting) {
		if (setting.equals("all")) {
			return PAIRABLE_COLUMNS;
		}
		List<String> columns = new ArrayList<>();
		for (String column : setting.split(",")) {
			String name = column.strip();
			if (!PAIRABLE_COLUMNS.contains(name)) {
				throw new IllegalArgumentException("Cannot pair covet with " + name + "; columns: " + PAIRABLE_COLUMNS);
			}
			if (!columns.contains(name)) {
				columns.add(name);
			}
		}
		return columns;
	}

	/** {@code performance-paired.md} against the floor alone, {@code -hibernate} and so on, {@code -all} for several. */
	static String fileName(List<String> against) {
		if (against.equals(List.of("jdbc"))) {
			return "performance-paired.md";
		}
		return "performance-paired-" + ((against.size() == 1) ? against.get(0) : "all") + ".md";
	}

	private static Row measure(BenchSettings settings, List<RunOrder.Trial> trials, String warmUp, String seconds)
			throws Exception {
		RunOrder.Trial covet = trials.get(0);
		String params = covet.params()
			.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(","));
		String others = trials.subList(1, trials.size())
			.stream()
			.map(RunOrder.Trial::benchmark)
			.collect(Collectors.joining(","));
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(settings.jvmArgs());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PairedTrial.class.getName(),
				covet.benchmark(), others, params, warmUp, seconds));
		System.out.println("# " + covet.name().workload() + " " + params);
		Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		String result = null;
		try (BufferedReader output = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = output.readLine(); line != null; line = output.readLine()) {
				if (line.startsWith(PairedTrial.RESULT_PREFIX)) {
					result = line.substring(PairedTrial.RESULT_PREFIX.length());
				}
			}
		}
		int exit = process.waitFor();
		if (exit != 0 || result == null) {
			throw new IllegalStateException("Paired trial " + covet.name().workload() + " " + params + " failed (exit "
					+ exit + ")");
		}
		PairedRounds.Parsed parsed = PairedRounds.Parsed.of(result);
		for (PairedRounds.Versus other : parsed.others()) {
			System.out.println("# -> covet/" + other.column() + " " + other.ratio().format() + " over "
					+ parsed.rounds() + " rounds");
		}
		return new Row(covet.name().workload(), covet.params(), parsed.rounds(), parsed.covetMillis(), parsed.covetBytes(),
				parsed.others());
	}

	static String report(List<Row> rows, List<String> against, BenchSettings settings, String warmUp, String seconds,
			Instant started) {
		String names = String.join(", ", against);
		StringBuilder md = new StringBuilder();
		md.append("# Paired ratios: covet against ")
			.append(against.equals(List.of("jdbc")) ? "the JDBC floor" : "the columns " + names)
			.append("\n\n");
		md.append("Started ").append(started).append(". Each row ran in a JVM of its own (`")
			.append(String.join(" ", settings.jvmArgs()))
			.append("`): the workload's state set up as for JMH, with its check that covet and the floor agree (and, ")
			.append("for the reads, that covet and each other column return the same checksum), ")
			.append(warmUp)
			.append(" s of warm-up calling the columns in turn, then ")
			.append(seconds)
			.append(" s of rounds, each calling every column twice, in order and then in reverse order (covet, ")
			.append(names).append(", then back). A round's ratio is covet's two times over the other column's; the ")
			.append("table gives the median round ratio and its 95 % confidence interval (order statistics), each ")
			.append("column's median time per operation, and covet's median allocation per operation (the calling ")
			.append("thread's).\n\n");
		md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(", ").append(BenchmarkReport.versions(settings.databases()))
			.append(".\n\n");
		md.append("Reproduce: `mvn -pl benchmarks -am -DskipTests package && java -cp benchmarks/target/benchmarks.jar "
				+ "io.covet.relations.benchmarks.PairedRatios`"
				+ (against.equals(List.of("jdbc")) ? "" : " with `COVET_BENCH_PAIRED_AGAINST=" + String.join(",", against) + "`")
				+ ".\n\n");
		md.append("| workload | database | parameters | covet ms |");
		against.forEach(column -> md.append(' ').append(column).append(" ms |"));
		md.append(" rounds |");
		against.forEach(column -> md.append(" covet/").append(column).append(" (95 % CI) |"));
		md.append(" covet bytes/op |\n|---|---|---|---|");
		against.forEach(column -> md.append("---|---|"));
		md.append("---|---|\n");
		for (Row row : rows) {
			Map<String, String> others = new LinkedHashMap<>(row.params());
			String database = others.remove("database");
			md.append("| ").append(row.workload()).append(" | ").append(database).append(" | ")
				.append(others.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
				.append(" | ").append(String.format(Locale.ROOT, "%.2f", row.covetMillis())).append(" |");
			for (String column : against) {
				md.append(' ').append(row.versus(column).map(v -> String.format(Locale.ROOT, "%.2f", v.millis())).orElse("–"))
					.append(" |");
			}
			md.append(' ').append(row.rounds()).append(" |");
			for (String column : against) {
				md.append(' ').append(row.versus(column).map(v -> v.ratio().format()).orElse("–")).append(" |");
			}
			md.append(' ').append(String.format(Locale.ROOT, "%,d", row.covetBytes())).append(" |\n");
		}
		return md.toString();
	}
}
