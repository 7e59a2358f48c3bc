package io.covet.relations.benchmarks;

import java.util.Arrays;
import java.util.Locale;

/**
 * The median of per-round ratios, covet's time over the floor's, where each round timed the two back to back in one
 * JVM, and a 95 % confidence interval for that median. A machine whose speed changes from second to second moves
 * both operations of a round alike, so the round's ratio keeps little of it; the interval is the distribution-free
 * one of order statistics (ranks {@code n/2 ± 1.96·√n/2}), which assumes nothing about how the rounds scatter.
 *
 * @param median the middle round's ratio
 * @param lower the lower end of the 95 % confidence interval of the median
 * @param upper the upper end of that interval
 * @param rounds how many rounds were measured
 */
record PairedRatio(double median, double lower, double upper, int rounds) {

	/** z for a two-sided 95 % interval. */
	private static final double Z = 1.96;

	/** The median and its interval over the given round ratios, in any order. */
	static PairedRatio of(double[] roundRatios) {
		int n = roundRatios.length;
		if (n == 0) {
			throw new IllegalArgumentException("No rounds measured");
		}
		double[] sorted = roundRatios.clone();
		Arrays.sort(sorted);
		double median = (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		double halfWidth = Z * Math.sqrt(n) / 2;
		// 1-based ranks, clamped: with few rounds the interval is the whole range.
		int lowerRank = Math.max(1, (int) Math.floor(n / 2.0 - halfWidth));
		int upperRank = Math.min(n, (int) Math.ceil(n / 2.0 + halfWidth) + 1);
		return new PairedRatio(median, sorted[lowerRank - 1], sorted[upperRank - 1], n);
	}

	/** For example {@code 1.08× (1.06–1.10)}. */
	String format() {
		return String.format(Locale.ROOT, "%.2f× (%.2f–%.2f)", this.median, this.lower, this.upper);
	}
}
