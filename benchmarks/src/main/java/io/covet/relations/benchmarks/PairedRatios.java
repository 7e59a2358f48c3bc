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
import java.util.stream.Collectors;

/**
 * Covet against another column (the JDBC floor by default), measured in pairs: each row runs in a JVM of
 * its own ({@link PairedTrial}) that times the two columns in alternating rounds and reports the median of the
 * rounds' ratios with its 95 % confidence interval.
 * <p>
 * The JMH report times each column in its own fork, seconds apart, which keeps one column's JIT profile out of the
 * other's but lets a machine that changes speed between forks move one column and not the other; on the two shared
 * cores here that spreads a read ratio by about ±0.3. Pairs answer the narrower question the 1.2× target asks, how
 * covet's time compares with the floor's on the same machine at the same moment, at the price of one JVM compiling
 * both columns (as an application that uses both would).
 * <p>
 * {@code java -cp benchmarks/target/benchmarks.jar io.covet.relations.benchmarks.PairedRatios}; the databases,
 * workloads (default the reads; {@code m2mWrite} when named) and parameters are chosen as for the JMH report
 * ({@code COVET_BENCH_DATABASES}, ...), the warm-up and the
 * measured time per row by {@code COVET_BENCH_PAIRED_WARM_UP} and {@code COVET_BENCH_PAIRED_SECONDS} (default 10 and
 * 30 seconds), the other column by {@code COVET_BENCH_PAIRED_AGAINST} ({@code jdbc}, {@code hibernate},
 * {@code hibernateLazy} or {@code naive}). The table goes to standard output and to
 * {@code benchmarks/target/performance-paired.md} ({@code performance-paired-hibernate.md}, ... for the others).
 */
public final class PairedRatios {

	/** The workloads measured for a time: the reads and the many-to-many writes (the cascade is single-shot). */
	static final List<String> PAIRABLE = List.of("prefetch", "selectRelated", "m2mPrefetch", "m2mLinksFirst", "m2mWrite",
			"genericPrefetch", "treeDescendants", "limitProbe");

	/** What a run pairs unless {@code COVET_BENCH_WORKLOADS} names workloads. */
	static final List<String> READS = PAIRABLE.stream().filter(workload -> !workload.equals("m2mWrite")).toList();

	private PairedRatios() {
	}

	/** One measured row. */
	record Row(String workload, Map<String, String> params, double covetMillis, double otherMillis, PairedRatio ratio) {
	}

	public static void main(String[] args) throws Exception {
		BenchSettings settings = BenchSettings.read();
		String warmUp = BenchSettings.setting("pairedWarmUp", "10");
		String seconds = BenchSettings.setting("pairedSeconds", "30");
		String against = BenchSettings.setting("pairedAgainst", "jdbc");
		if (against.equals("covet") || !BenchmarkName.COLUMNS.contains(against)) {
			throw new IllegalArgumentException("Cannot pair covet with " + against + "; columns: " + BenchmarkName.COLUMNS);
		}
		// By default the reads, which the 1.2x target is about; the writes when named.
		List<String> chosen = (BenchSettings.setting("workloads", null) == null) ? READS : settings.workloads();
		List<String> workloads = chosen.stream().filter(PAIRABLE::contains).toList();
		if (workloads.isEmpty()) {
			throw new IllegalArgumentException("No pairable workload among " + settings.workloads() + "; pairable: " + PAIRABLE);
		}
		Map<String, String[]> values = new LinkedHashMap<>(settings.params());
		values.put("database", settings.databases().toArray(String[]::new));
		List<RunOrder.Trial> trials = RunOrder.trials(workloads, List.of("covet", against), values, 1);
		Instant started = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		List<Row> rows = new ArrayList<>();
		for (int i = 0; i + 1 < trials.size(); i++) {
			RunOrder.Trial covet = trials.get(i);
			RunOrder.Trial other = trials.get(i + 1);
			// A workload without the other column (no naive tree read) has covet's trial alone.
			if (covet.name().column().equals("covet") && other.name().column().equals(against)
					&& covet.params().equals(other.params())) {
				rows.add(measure(settings, covet, other, warmUp, seconds));
			}
		}
		if (rows.isEmpty()) {
			throw new IllegalArgumentException("No chosen workload has a " + against + " column");
		}
		String report = report(rows, against, settings, warmUp, seconds, started);
		Path file = Path.of("benchmarks", "target",
				against.equals("jdbc") ? "performance-paired.md" : "performance-paired-" + against + ".md");
		Files.createDirectories(file.getParent());
		Files.writeString(file, report);
		System.out.println(report);
		System.out.println("Report written to " + file);
	}

	private static Row measure(BenchSettings settings, RunOrder.Trial covet, RunOrder.Trial other, String warmUp,
			String seconds) throws Exception {
		String params = covet.params()
			.entrySet()
			.stream()
			.map(entry -> entry.getKey() + "=" + entry.getValue())
			.collect(Collectors.joining(","));
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(settings.jvmArgs());
		command.addAll(List.of("-cp", System.getProperty("java.class.path"), PairedTrial.class.getName(),
				covet.benchmark(), other.benchmark(), params, warmUp, seconds));
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
		String[] fields = result.split("\t");
		PairedRatio ratio = new PairedRatio(Double.parseDouble(fields[3]), Double.parseDouble(fields[4]),
				Double.parseDouble(fields[5]), Integer.parseInt(fields[0]));
		Row row = new Row(covet.name().workload(), covet.params(), Double.parseDouble(fields[1]),
				Double.parseDouble(fields[2]), ratio);
		System.out.println("# -> covet/" + other.name().column() + " " + ratio.format() + " over " + ratio.rounds() + " rounds");
		return row;
	}

	static String report(List<Row> rows, String against, BenchSettings settings, String warmUp, String seconds,
			Instant started) {
		StringBuilder md = new StringBuilder();
		md.append("# Paired ratios: covet against ")
			.append(against.equals("jdbc") ? "the JDBC floor" : "the " + against + " column")
			.append("\n\n");
		md.append("Started ").append(started).append(". Each row ran in a JVM of its own (`")
			.append(String.join(" ", settings.jvmArgs()))
			.append("`): the workload's state set up as for JMH, with its check that covet and the floor agree (and, ")
			.append("for the reads, that covet and the ").append(against).append(" column return the same checksum), ")
			.append(warmUp)
			.append(" s of warm-up alternating the two, then ")
			.append(seconds)
			.append(" s of rounds, each timing covet, ").append(against).append(", ").append(against)
			.append(", covet. A round's ratio is covet's two times over the other's; the table gives the median round ")
			.append("ratio and its 95 % confidence interval (order statistics), ")
			.append("and each column's median time per operation.\n\n");
		md.append("Machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, Java ")
			.append(System.getProperty("java.version")).append(", ").append(BenchmarkReport.versions(settings.databases()))
			.append(".\n\n");
		md.append("Reproduce: `mvn -pl benchmarks -am -DskipTests package && java -cp benchmarks/target/benchmarks.jar "
				+ "io.covet.relations.benchmarks.PairedRatios`"
				+ (against.equals("jdbc") ? "" : " with `COVET_BENCH_PAIRED_AGAINST=" + against + "`") + ".\n\n");
		md.append("| workload | database | parameters | covet ms | ").append(against).append(" ms | rounds | covet/")
			.append(against).append(" (95 % CI) |\n");
		md.append("|---|---|---|---|---|---|---|\n");
		for (Row row : rows) {
			Map<String, String> others = new LinkedHashMap<>(row.params());
			String database = others.remove("database");
			md.append("| ").append(row.workload()).append(" | ").append(database).append(" | ")
				.append(others.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")))
				.append(" | ").append(String.format(Locale.ROOT, "%.2f", row.covetMillis()))
				.append(" | ").append(String.format(Locale.ROOT, "%.2f", row.otherMillis()))
				.append(" | ").append(row.ratio().rounds())
				.append(" | ").append(row.ratio().format()).append(" |\n");
		}
		return md.toString();
	}
}
