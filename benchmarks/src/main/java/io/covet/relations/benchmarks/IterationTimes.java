package io.covet.relations.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;

/**
 * The median and quartiles of one column's measured iterations (every fork's, pooled). A ratio of two medians alone
 * hides how far the iterations scattered; the quartiles give it a range, so a row whose range straddles a target
 * reads as a tie rather than as a pass or a miss.
 *
 * @param median the middle iteration time, ms
 * @param lowerQuartile the time a quarter of the iterations were faster than, ms
 * @param upperQuartile the time a quarter of the iterations were slower than, ms
 */
record IterationTimes(double median, double lowerQuartile, double upperQuartile) {

	/** Every measured iteration of a run, all forks. */
	static IterationTimes of(RunResult result) {
		return of(scores(result));
	}

	/** The times of a run's measured iterations, all forks, in the order they ran. */
	static List<Double> scores(RunResult result) {
		List<Double> scores = new ArrayList<>();
		for (BenchmarkResult benchmark : result.getBenchmarkResults()) {
			for (IterationResult iteration : benchmark.getIterationResults()) {
				scores.add(iteration.getPrimaryResult().getScore());
			}
		}
		return scores;
	}

	/** Quantiles by linear interpolation between the closest ranks (one value gives that value three times). */
	static IterationTimes of(List<Double> scores) {
		if (scores.isEmpty()) {
			throw new IllegalArgumentException("No iterations measured");
		}
		List<Double> sorted = new ArrayList<>(scores);
		sorted.sort(Double::compare);
		return new IterationTimes(quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75));
	}

	private static double quantile(List<Double> sorted, double fraction) {
		double position = fraction * (sorted.size() - 1);
		int below = (int) Math.floor(position);
		int above = Math.min(sorted.size() - 1, below + 1);
		return sorted.get(below) + (position - below) * (sorted.get(above) - sorted.get(below));
	}

	/**
	 * How far the iterations scattered: the quartiles' distance over the median. A few percent on a quiet machine;
	 * when a slow stretch of the machine falls on some of a column's forks and not the others, much more.
	 */
	double spread() {
		return (this.upperQuartile - this.lowerQuartile) / this.median;
	}

	/**
	 * This column's median over the other's, with the range the quartiles allow: from this one's lower quartile over
	 * the other's upper, to this one's upper over the other's lower. For example {@code 1.18× (1.09–1.27)}.
	 */
	String ratioTo(IterationTimes other) {
		return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", this.median / other.median,
				this.lowerQuartile / other.upperQuartile, this.upperQuartile / other.lowerQuartile);
	}
}
