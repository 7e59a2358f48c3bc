package io.covet.relations.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * The rounds of one paired row: covet and the other columns, each round timing them in order and then in reverse
 * order (covet, jdbc, hibernate, hibernate, jdbc, covet), so that a steady drift of the machine within a round gives
 * every column the same share. Reduced per column to its median time and allocation per operation, and, for each
 * column but covet, covet's {@link PairedRatio} to it.
 */
final class PairedRounds {

	private final List<String> columns;

	private final int[] operations;

	/** Per round, per column: the two calls' nanoseconds added. */
	private final List<long[]> nanos = new ArrayList<>();

	/** Per round, per column: the two calls' allocated bytes added. */
	private final List<long[]> bytes = new ArrayList<>();

	/**
	 * @param columns covet first, then the columns it is compared with
	 * @param operations per column, the operations one call performs ({@code @OperationsPerInvocation})
	 */
	PairedRounds(List<String> columns, int[] operations) {
		if (columns.size() < 2 || !columns.get(0).equals("covet") || operations.length != columns.size()) {
			throw new IllegalArgumentException("Covet first, then at least one other column: " + columns);
		}
		this.columns = List.copyOf(columns);
		this.operations = operations.clone();
	}

	/** The order one round calls the columns in, by index: each column twice, mirrored around the middle. */
	int[] callOrder() {
		int n = this.columns.size();
		int[] order = new int[2 * n];
		for (int i = 0; i < n; i++) {
			order[i] = i;
			order[2 * n - 1 - i] = i;
		}
		return order;
	}

	/** Adds a round: per column, the two calls' times and allocations added. */
	void add(long[] roundNanos, long[] roundBytes) {
		this.nanos.add(roundNanos.clone());
		this.bytes.add(roundBytes.clone());
	}

	int size() {
		return this.nanos.size();
	}

	/** A column's median time per operation, ms. */
	double millis(int column) {
		List<Double> values = new ArrayList<>();
		for (long[] round : this.nanos) {
			values.add(round[column] / 2e6 / this.operations[column]);
		}
		return IterationTimes.of(values).median();
	}

	/** A column's median allocation per operation, bytes. */
	long bytesPerOperation(int column) {
		List<Double> values = new ArrayList<>();
		for (long[] round : this.bytes) {
			values.add(round[column] / 2.0 / this.operations[column]);
		}
		return Math.round(IterationTimes.of(values).median());
	}

	/** Covet's time over a column's, round by round. */
	PairedRatio ratio(int column) {
		double[] ratios = new double[this.nanos.size()];
		for (int i = 0; i < ratios.length; i++) {
			long[] round = this.nanos.get(i);
			ratios[i] = ((double) round[0] / this.operations[0]) / ((double) round[column] / this.operations[column]);
		}
		return PairedRatio.of(ratios);
	}

	/**
	 * The line a trial prints: rounds, covet's time and bytes, then per other column its name, time, bytes and
	 * covet's ratio to it (median, lower, upper), tab-separated.
	 */
	String format() {
		StringJoiner line = new StringJoiner("\t");
		line.add(Integer.toString(size())).add(millisText(0)).add(Long.toString(bytesPerOperation(0)));
		for (int c = 1; c < this.columns.size(); c++) {
			PairedRatio ratio = ratio(c);
			line.add(this.columns.get(c)).add(millisText(c)).add(Long.toString(bytesPerOperation(c)))
				.add(decimal(ratio.median())).add(decimal(ratio.lower())).add(decimal(ratio.upper()));
		}
		return line.toString();
	}

	private String millisText(int column) {
		return decimal(millis(column));
	}

	private static String decimal(double value) {
		return String.format(Locale.ROOT, "%.4f", value);
	}

	/** What {@link #format} printed, read back by the parent. */
	record Parsed(int rounds, double covetMillis, long covetBytes, List<Versus> others) {

		static Parsed of(String line) {
			String[] fields = line.split("\t");
			List<Versus> others = new ArrayList<>();
			for (int i = 3; i + 5 < fields.length; i += 6) {
				PairedRatio ratio = new PairedRatio(Double.parseDouble(fields[i + 3]), Double.parseDouble(fields[i + 4]),
						Double.parseDouble(fields[i + 5]), Integer.parseInt(fields[0]));
				others.add(new Versus(fields[i], Double.parseDouble(fields[i + 1]), Long.parseLong(fields[i + 2]), ratio));
			}
			return new Parsed(Integer.parseInt(fields[0]), Double.parseDouble(fields[1]), Long.parseLong(fields[2]), others);
		}
	}

	/** One other column of a row: its time and allocation per operation, and covet's ratio to it. */
	record Versus(String column, double millis, long bytes, PairedRatio ratio) {
	}
}
