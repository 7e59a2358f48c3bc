package io.covet.relations.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares two full-run reports ({@code performance.md}) before the new one replaces the published one: whether the
 * new run was quiet enough to publish, and whether the two machines were alike enough to compare their times.
 * <ul>
 * <li><b>Noise</b>: rows whose covet/jdbc range (the quartiles' bracket) is wider than {@value #WIDE_RANGE}. The
 * published run of 2026-12-06 had 4 of 51; two disturbed runs that day had 31 and more. A run is quiet when at most
 * one row in {@value #QUIET_SHARE_DENOMINATOR} is that wide.</li>
 * <li><b>Floor drift</b>: the JDBC floor is the same hand-written SQL in both runs, so when it moves, the machine
 * moved. Beyond a median drift of {@value #MEDIAN_LIMIT}, or with more than a quarter of the rows moved by more than
 * {@value #ROW_LIMIT}, the two runs' times (not their ratios) should not be compared.</li>
 * </ul>
 * {@code java -cp benchmarks/target/benchmarks.jar io.covet.relations.benchmarks.RunComparison published.md new.md}
 * prints each row's floor in both runs, then both verdicts, and exits with status 1 when the new run is not quiet.
 */
public final class RunComparison {

	/** A covet/jdbc range wider than this counts as noisy. */
	static final double WIDE_RANGE = 0.3;

	/** A quiet run has at most one noisy row in this many. */
	static final int QUIET_SHARE_DENOMINATOR = 8;

	/** How far the median of the rows' new/old floor ratios may stray from 1. */
	static final double MEDIAN_LIMIT = 0.05;

	/** How far one row's floor may move before it counts as moved. */
	static final double ROW_LIMIT = 0.10;

	private static final Pattern RANGE = Pattern.compile("\\(([0-9.]+)–([0-9.]+)\\)");

	private final Map<String, Row> before;

	private final Map<String, Row> after;

	/** Rows present in both reports, in the new report's order. */
	private final List<String> commonRows;

	/** Each common row's new floor time over its old one, in {@link #commonRows} order. */
	private final List<Double> floorRatios;

	RunComparison(String beforeReport, String afterReport) {
		this.before = rows(beforeReport);
		this.after = rows(afterReport);
		this.commonRows = this.after.keySet().stream().filter(this.before::containsKey).toList();
		this.floorRatios = this.commonRows.stream().map(row -> this.after.get(row).floor() / this.before.get(row).floor())
			.toList();
	}

	public static void main(String[] args) throws IOException {
		if (args.length != 2) {
			System.err.println("Usage: RunComparison <published performance.md> <new performance.md>");
			System.exit(2);
		}
		RunComparison comparison = new RunComparison(Files.readString(Path.of(args[0])),
				Files.readString(Path.of(args[1])));
		for (int i = 0; i < comparison.commonRows.size(); i++) {
			String row = comparison.commonRows.get(i);
			System.out.printf(Locale.ROOT, "%-60s jdbc %10.2f -> %10.2f ms  (%.2f)%n", row,
					comparison.before.get(row).floor(), comparison.after.get(row).floor(), comparison.floorRatios.get(i));
		}
		System.out.println(comparison.noiseVerdict());
		System.out.println(comparison.driftVerdict());
		System.exit(comparison.newRunIsQuiet() ? 0 : 1);
	}

	/** Rows present in both reports, in the new report's order. */
	List<String> commonRows() {
		return this.commonRows;
	}

	/** Rows of the new run whose covet/jdbc range is wider than {@value #WIDE_RANGE}. */
	long noisyRowsAfter() {
		return noisyRows(this.after);
	}

	/** Rows of the published run whose covet/jdbc range is wider than {@value #WIDE_RANGE}. */
	long noisyRowsBefore() {
		return noisyRows(this.before);
	}

	/** Whether the new run is quiet enough to publish. */
	boolean newRunIsQuiet() {
		return noisyRowsAfter() * QUIET_SHARE_DENOMINATOR <= this.after.size();
	}

	/** The median over the common rows of the new floor's time over the old one's. */
	double medianFloorRatio() {
		if (this.floorRatios.isEmpty()) {
			throw new IllegalArgumentException("The two reports have no row with a jdbc column in common");
		}
		return IterationTimes.of(this.floorRatios).median();
	}

	/** Rows whose floor moved by more than {@value #ROW_LIMIT} either way. */
	long movedFloors() {
		return this.floorRatios.stream().filter(ratio -> Math.abs(ratio - 1) > ROW_LIMIT).count();
	}

	/** Whether the two runs met machines alike enough for their times to be compared. */
	boolean sameMachine() {
		return Math.abs(medianFloorRatio() - 1) <= MEDIAN_LIMIT && movedFloors() * 4 <= this.commonRows.size();
	}

	String noiseVerdict() {
		return String.format(Locale.ROOT, "noise: covet/jdbc ranges wider than %.1f in %d of %d rows (published run: %d of %d) -> %s",
				WIDE_RANGE, noisyRowsAfter(), this.after.size(), noisyRowsBefore(), this.before.size(),
				newRunIsQuiet() ? "quiet, can be published" : "noisy, do not publish");
	}

	String driftVerdict() {
		return String.format(Locale.ROOT, "floor new/old: median %.3f, %d of %d rows moved more than %.0f %% -> %s",
				medianFloorRatio(), movedFloors(), this.commonRows.size(), ROW_LIMIT * 100,
				sameMachine() ? "a machine like the published run's"
						: "a different machine: compare ratios, not times, with the published run");
	}

	private static long noisyRows(Map<String, Row> rows) {
		return rows.values().stream().filter(row -> row.rangeWidth() > WIDE_RANGE).count();
	}

	/** One table row: the floor's time and the width of covet's range against it (0 where the report has none). */
	record Row(double floor, double rangeWidth) {
	}

	/**
	 * Every table row with a jdbc column, keyed by the section's number and the row's first cell (the database, with
	 * its parameters where the section has several).
	 */
	static Map<String, Row> rows(String report) {
		Map<String, Row> rows = new LinkedHashMap<>();
		String section = "";
		List<String> header = List.of();
		for (String line : report.split("\n")) {
			if (line.startsWith("## ")) {
				int dot = line.indexOf('.');
				section = (dot > 3) ? line.substring(3, dot) : line.substring(3);
				header = List.of();
			}
			else if (line.startsWith("| database")) {
				header = cells(line);
			}
			else if (header.contains("jdbc ms") && line.startsWith("| ") && !line.startsWith("|---")) {
				List<String> cells = cells(line);
				double floor = Double.parseDouble(cells.get(header.indexOf("jdbc ms")).replace(",", ""));
				int ratioColumn = header.indexOf("covet/jdbc");
				double width = 0;
				if (ratioColumn >= 0) {
					Matcher range = RANGE.matcher(cells.get(ratioColumn));
					if (range.find()) {
						width = Double.parseDouble(range.group(2)) - Double.parseDouble(range.group(1));
					}
				}
				rows.put(section + " · " + cells.get(0), new Row(floor, width));
			}
		}
		return rows;
	}

	private static List<String> cells(String line) {
		String inner = line.strip();
		inner = inner.substring(1, inner.length() - (inner.endsWith("|") ? 1 : 0));
		List<String> cells = new ArrayList<>();
		for (String cell : inner.split("\\|")) {
			cells.add(cell.strip());
		}
		return cells;
	}
}
