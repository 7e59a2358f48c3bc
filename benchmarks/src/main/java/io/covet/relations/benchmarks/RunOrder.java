package io.covet.relations.benchmarks;

import java.io.OutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.format.OutputFormatFactory;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The order the forks of a report row's columns run in: the columns of one row (workload, database, parameters) back
 * to back, one fork each, and each further fork of the row in the opposite order (covet, jdbc, hibernate, then
 * hibernate, jdbc, covet).
 * <p>
 * Left to JMH, one run per workload measures a method's forks one after the other for every parameter before the
 * next method starts, so covet and its floor on the same database ran minutes apart; on a shared machine whose speed
 * drifts by 10–40% over such spans, the drift went into the ratios. Run back to back, the two columns see the same
 * machine, and the reversed second round cancels a steady drift between them.
 */
final class RunOrder {

	/** One JMH run: a benchmark method (qualified name) with one value per parameter, measured in one fork. */
	record Trial(String benchmark, Map<String, String> params) {

		BenchmarkName name() {
			return BenchmarkName.parse(this.benchmark);
		}
	}

	private RunOrder() {
	}

	/**
	 * The trials of the given workloads' columns, every row {@code rounds} times. Rows come in workload order, then
	 * database order, then the other parameters' values in the order given; {@code values} overrides a parameter's
	 * declared values (the databases come from it too).
	 */
	static List<Trial> trials(List<String> workloads, List<String> columns, Map<String, String[]> values, int rounds) {
		return rows(workloads, columns, values, rounds).stream().flatMap(List::stream).toList();
	}

	/**
	 * The same trials as {@link #trials}, one list per report row: a row is measured, and if need be measured again,
	 * as a whole.
	 */
	static List<List<Trial>> rows(List<String> workloads, List<String> columns, Map<String, String[]> values, int rounds) {
		List<List<Trial>> rows = new ArrayList<>();
		for (String workload : workloads) {
			Workload methods = WORKLOADS.get(workload);
			if (methods == null) {
				continue;
			}
			List<String> present = columns.stream().filter(methods.byColumn()::containsKey).toList();
			for (Map<String, String> row : rows(methods.params(), values)) {
				List<Trial> trials = new ArrayList<>();
				for (int round = 0; round < rounds; round++) {
					List<String> order = new ArrayList<>(present);
					if (round % 2 == 1) {
						Collections.reverse(order);
					}
					order.forEach(column -> trials.add(new Trial(methods.byColumn().get(column), row)));
				}
				rows.add(trials);
			}
		}
		return rows;
	}

	/** Every combination of the parameters' values, the database varying slowest. */
	private static List<Map<String, String>> rows(Map<String, String[]> declared, Map<String, String[]> values) {
		List<String> keys = new ArrayList<>(new TreeMap<>(declared).keySet());
		if (keys.remove("database")) {
			keys.add(0, "database");
		}
		List<Map<String, String>> rows = new ArrayList<>();
		rows.add(new LinkedHashMap<>());
		for (String key : keys) {
			List<Map<String, String>> extended = new ArrayList<>();
			for (Map<String, String> row : rows) {
				for (String value : values.getOrDefault(key, declared.get(key))) {
					Map<String, String> copy = new LinkedHashMap<>(row);
					copy.put(key, value);
					extended.add(copy);
				}
			}
			rows = extended;
		}
		return rows;
	}

	/** A workload's benchmark methods by column, and the parameters they declare (with their default values). */
	private record Workload(Map<String, String> byColumn, Map<String, String[]> params) {
	}

	/** The benchmarks JMH's annotation processor listed at build time, by workload; read once. */
	private static final Map<String, Workload> WORKLOADS = readBenchmarkList();

	private static Map<String, Workload> readBenchmarkList() {
		PrintStream silent = new PrintStream(OutputStream.nullOutputStream());
		Map<String, Workload> workloads = new HashMap<>();
		for (BenchmarkListEntry entry : BenchmarkList.defaultList()
			.find(OutputFormatFactory.createFormatInstance(silent, VerboseMode.SILENT), List.of(".*"), List.of())) {
			BenchmarkName name = BenchmarkName.parse(entry.getUsername());
			workloads.computeIfAbsent(name.workload(), w -> new Workload(new HashMap<>(), entry.getParams().orElse(Map.of())))
				.byColumn()
				.put(name.column(), entry.getUsername());
		}
		return workloads;
	}
}
