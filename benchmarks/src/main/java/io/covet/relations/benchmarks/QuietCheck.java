package io.covet.relations.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * A minute's look at the machine before a run that would replace the published report. A full run takes about 80
 * minutes, and whether it can be published ({@link RunComparison}) depends on how quietly the machine ran: where the
 * same hand-written SQL scatters between one-second iterations, the covet/jdbc ranges come out wide. So the JDBC floor
 * of workload 1 is timed on each database first, and the run stops when its iterations' spread (the quartiles'
 * distance over the median) exceeds {@value #SPREAD_LIMIT} anywhere. On a quiet machine it is a few hundredths; two
 * columns each spread by the limit give a covet/jdbc range about as wide as {@link RunComparison#WIDE_RANGE}.
 * <p>
 * The spread, not the time, is checked: another machine may be slower and still measure well. A short quiet window
 * is no promise about the next 80 minutes; {@link RunComparison} still judges the run afterwards.
 * {@code COVET_BENCH_QUIET_CHECK=false} skips the check.
 */
final class QuietCheck {

	/** The largest spread, (upper quartile − lower quartile) / median, the floor may show. */
	static final double SPREAD_LIMIT = 0.10;

	private static final String FLOOR = ReadBenchmarks.class.getName() + ".prefetchJdbc";

	private static final int WARM_UP_ITERATIONS = 3;

	private static final int ITERATIONS = 8;

	/** How the floor's iterations scattered on one database. */
	record Spread(String database, IterationTimes times) {

		/** The quartiles' distance over the median. */
		double relative() {
			return this.times.spread();
		}

		boolean quiet() {
			return relative() <= SPREAD_LIMIT;
		}

		@Override
		public String toString() {
			return String.format(Locale.ROOT, "%s: %.2f ms, quartiles %.2f–%.2f, spread %.0f %%", this.database,
					this.times.median(), this.times.lowerQuartile(), this.times.upperQuartile(), 100 * relative());
		}
	}

	private QuietCheck() {
	}

	/** Times the floor on each of the run's databases, one fork each, with the run's JVM options. */
	static List<Spread> measure(BenchSettings settings) throws RunnerException {
		OptionsBuilder options = new OptionsBuilder();
		options.include("^" + Pattern.quote(FLOOR) + "$")
			.forks(1)
			.jvmArgsAppend(settings.jvmArgs().toArray(String[]::new))
			.warmupIterations(WARM_UP_ITERATIONS)
			.warmupTime(TimeValue.seconds(1))
			.measurementIterations(ITERATIONS)
			.measurementTime(TimeValue.seconds(1))
			.param("database", settings.databases().toArray(String[]::new));
		List<Spread> spreads = new ArrayList<>();
		for (RunResult result : new Runner(options.build()).run()) {
			spreads.add(new Spread(result.getParams().getParam("database"), IterationTimes.of(result)));
		}
		return spreads;
	}

	/** Whether every database's floor ran within {@link #SPREAD_LIMIT}. */
	static boolean quiet(List<Spread> spreads) {
		return spreads.stream().allMatch(Spread::quiet);
	}

	/** One line per database, then the verdict. */
	static String report(List<Spread> spreads) {
		StringBuilder text = new StringBuilder("Quiet check, the JDBC floor of workload 1 (" + ITERATIONS
				+ " one-second iterations per database):\n");
		spreads.forEach(spread -> text.append("  ").append(spread).append(spread.quiet() ? "" : "  <- too noisy").append('\n'));
		text.append(quiet(spreads)
				? "Quiet enough: the full run starts."
				: String.format(Locale.ROOT,
						"The machine is too noisy for a run that replaces docs/performance.md (limit %.0f %%): its ranges "
								+ "would come out too wide to publish. Try again later, or set COVET_BENCH_QUIET_CHECK=false "
								+ "to run anyway.",
						100 * SPREAD_LIMIT));
		return text.toString();
	}
}
