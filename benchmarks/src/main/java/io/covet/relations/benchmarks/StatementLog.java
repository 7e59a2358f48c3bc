package io.covet.relations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Carries what a forked trial counted (statements per operation, objects per operation) back to the report: the
 * fork appends a line to the file named by the {@code covet.bench.statementLog} system property, the report reads
 * the file after the run. Without the property (a trial started by hand) nothing is written.
 */
final class StatementLog {

	static final String PROPERTY = "covet.bench.statementLog";

	/** What one trial counted for its column. */
	record Counts(long statements, long objects) {
	}

	private StatementLog() {
	}

	static void record(BenchmarkName name, String paramsKey, Counts counts) throws IOException {
		String file = System.getProperty(PROPERTY);
		if (file == null) {
			return;
		}
		String line = key(name, paramsKey) + '\t' + counts.statements() + '\t' + counts.objects() + '\n';
		Files.writeString(Path.of(file), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
	}

	static Map<String, Counts> read(Path file) throws IOException {
		Map<String, Counts> counts = new HashMap<>();
		if (Files.exists(file)) {
			for (String line : Files.readAllLines(file)) {
				String[] fields = line.split("\t");
				counts.put(fields[0], new Counts(Long.parseLong(fields[1]), Long.parseLong(fields[2])));
			}
		}
		return counts;
	}

	static String key(BenchmarkName name, String paramsKey) {
		return name.workload() + '/' + name.column() + '/' + paramsKey;
	}
}
