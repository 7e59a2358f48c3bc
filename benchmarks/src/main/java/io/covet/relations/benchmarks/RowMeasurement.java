package io.covet.relations.benchmarks;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;

/**
 * Measures one report row (a workload's columns on one database at one set of sizes, every fork) and measures it
 * again when the machine disturbed it.
 * <p>
 * On the shared two-core machine the benchmarks were developed on, the speed drops by 50–70 % for a minute or more
 * at a time. A stretch that falls on some of a column's forks and not on the others scatters that column's
 * iterations far beyond the few percent a quiet machine gives, and the row's ratios with them. Which row a stretch
 * hits is chance, so a full run rarely went by without several such rows. A row whose worst column (naive N+1
 * aside) scattered by more than {@link QuietCheck#SPREAD_LIMIT} is therefore measured again as a whole, up to
 * {@code remeasures} times, and the attempt whose worst column scattered least is kept. The choice looks at the
 * scatter only, never at a time or a ratio; the report says which rows were measured again and which stayed
 * scattered.
 */
final class RowMeasurement {

	/**
	 * One row's runs.
	 *
	 * @param label what the row is, for progress and the report: {@code prefetch, database=sqlite, ...}
	 * @param timed whether its workload is measured for a time; a single-shot row (each fork a quarter of an hour for
	 * the largest cascade) is measured once
	 * @param forks the JMH runs, one fork of one column each, in {@link RunOrder}
	 */
	record Plan(String label, boolean timed, List<Options> forks) {
	}

	/**
	 * What was kept for a row.
	 *
	 * @param label the plan's label
	 * @param timed the plan's {@code timed}: whether the row was judged by its scatter
	 * @param attempts how many times the row had been measured when this attempt ended; for the outcome kept, in all
	 * @param spread the kept attempt's worst column scatter ({@link IterationTimes#spread()}); 0 for a row not judged
	 * @param results the kept attempt's runs, one per fork
	 */
	record Outcome(String label, boolean timed, int attempts, double spread, List<RunResult> results) implements Attempt {

		/** Whether the kept attempt stayed within the limit. */
		boolean steady() {
			return this.spread <= QuietCheck.SPREAD_LIMIT;
		}

		@Override
		public String toString() {
			if (!this.timed) {
				return this.label + ": single-shot, measured once";
			}
			return String.format(Locale.ROOT, "%s: worst column spread %.0f %%", this.label, 100 * this.spread);
		}
	}

	private RowMeasurement() {
	}

	/** Runs the plan, and runs it again while it came out scattered and {@code remeasures} allow. */
	static Outcome measure(Plan plan, int remeasures) throws RunnerException {
		List<Outcome> attempts = new ArrayList<>();
		Outcome kept = steadiest(() -> {
			List<RunResult> results = new ArrayList<>();
			for (Options fork : plan.forks()) {
				results.addAll(new Runner(fork).run());
			}
			Outcome attempt = new Outcome(plan.label(), plan.timed(), attempts.size() + 1,
					plan.timed() ? worstSpread(scores(results)) : 0, results);
			attempts.add(attempt);
			System.out.println("Row, attempt " + attempt.attempts() + ": " + attempt);
			return attempt;
		}, plan.timed() ? remeasures : 0);
		return new Outcome(kept.label(), kept.timed(), attempts.size(), kept.spread(), kept.results());
	}

	/** Something measured: its worst column's scatter. */
	interface Attempt {

		double spread();
	}

	/** One attempt at a row. */
	@FunctionalInterface
	interface AttemptRunner<A extends Attempt> {

		A run() throws RunnerException;
	}

	/**
	 * Runs {@code attempt} until one stays within {@link QuietCheck#SPREAD_LIMIT} or {@code remeasures} further
	 * attempts are used up, and returns the one that scattered least (the first of equals).
	 */
	static <A extends Attempt> A steadiest(AttemptRunner<A> attempt, int remeasures) throws RunnerException {
		A steadiest = attempt.run();
		for (int again = 0; again < remeasures && steadiest.spread() > QuietCheck.SPREAD_LIMIT; again++) {
			A next = attempt.run();
			if (next.spread() < steadiest.spread()) {
				steadiest = next;
			}
		}
		return steadiest;
	}

	/** Each column's measured iterations (ms), every fork pooled as the report pools them. */
	static Map<String, List<Double>> scores(List<RunResult> forks) {
		Map<String, List<Double>> scores = new LinkedHashMap<>();
		for (RunResult fork : forks) {
			String column = BenchmarkName.parse(fork.getParams().getBenchmark()).column();
			scores.computeIfAbsent(column, c -> new ArrayList<>()).addAll(IterationTimes.scores(fork));
		}
		return scores;
	}

	/**
	 * The largest {@link IterationTimes#spread() spread} among the row's columns. The naive column is left out: its
	 * operations are long enough that a one-second iteration holds one or two of them, and its ratios are far from
	 * any target.
	 */
	static double worstSpread(Map<String, List<Double>> scoresByColumn) {
		double worst = 0;
		for (Map.Entry<String, List<Double>> column : scoresByColumn.entrySet()) {
			if (!column.getKey().equals("naive")) {
				worst = Math.max(worst, IterationTimes.of(column.getValue()).spread());
			}
		}
		return worst;
	}
}
