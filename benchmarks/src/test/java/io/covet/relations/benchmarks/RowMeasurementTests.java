package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RowMeasurementTests {

	/** An attempt that is nothing but its scatter, numbered in the order it ran. */
	record Scatter(int number, double spread) implements RowMeasurement.Attempt {
	}

	/** Hands out the given scatters one attempt at a time. */
	private static final class Attempts {

		private final Deque<Double> spreads;

		private int ran;

		Attempts(Double... spreads) {
			this.spreads = new ArrayDeque<>(List.of(spreads));
		}

		Scatter next() {
			return new Scatter(++this.ran, this.spreads.pop());
		}
	}

	@Test
	void aSteadyRowIsMeasuredOnce() throws Exception {
		Attempts attempts = new Attempts(0.04, 0.01);
		assertThat(RowMeasurement.steadiest(attempts::next, 2)).isEqualTo(new Scatter(1, 0.04));
		assertThat(attempts.ran).isEqualTo(1);
	}

	@Test
	void aScatteredRowIsMeasuredAgainUntilOneAttemptIsSteady() throws Exception {
		Attempts attempts = new Attempts(0.40, 0.05, 0.01);
		assertThat(RowMeasurement.steadiest(attempts::next, 2)).isEqualTo(new Scatter(2, 0.05));
		assertThat(attempts.ran).isEqualTo(2);
	}

	@Test
	void whenEveryAttemptScattersTheLeastScatteredIsKept() throws Exception {
		Attempts attempts = new Attempts(0.30, 0.20, 0.25);
		assertThat(RowMeasurement.steadiest(attempts::next, 2)).isEqualTo(new Scatter(2, 0.20));
		assertThat(attempts.ran).isEqualTo(3);
	}

	@Test
	void withoutRemeasuresTheFirstAttemptIsKeptHoweverScattered() throws Exception {
		Attempts attempts = new Attempts(0.50, 0.01);
		assertThat(RowMeasurement.steadiest(attempts::next, 0)).isEqualTo(new Scatter(1, 0.50));
	}

	@Test
	void theWorstColumnJudgesTheRowAndTheNaiveColumnIsLeftOut() {
		// covet: quartiles 10.0 and 10.2 of 10.1; jdbc: one fork 50 % slower than the other, as a slow stretch leaves it.
		Map<String, List<Double>> scores = Map.of("covet", List.of(10.0, 10.1, 10.2, 10.0, 10.2), "jdbc",
				List.of(8.0, 8.0, 8.1, 12.0, 12.1, 12.0), "naive", List.of(100.0, 300.0, 100.0, 300.0));
		assertThat(RowMeasurement.worstSpread(scores)).isCloseTo((12.0 - 8.025) / 10.05, offset(0.001));
		assertThat(RowMeasurement.worstSpread(Map.of("covet", List.of(10.0, 10.1, 10.2, 10.0, 10.2), "naive",
				List.of(100.0, 300.0)))).isCloseTo(0.2 / 10.1, offset(0.001));
	}

	@Test
	void theReportNamesTheRowsMeasuredAgainAndThoseThatStayedScattered() {
		List<RowMeasurement.Outcome> outcomes = List.of(
				new RowMeasurement.Outcome("prefetch {database=sqlite}", true, 1, 0.03, List.of()),
				new RowMeasurement.Outcome("prefetch {database=mariadb}", true, 2, 0.06, List.of()),
				new RowMeasurement.Outcome("selectRelated {database=mariadb}", true, 2, 0.21, List.of()),
				new RowMeasurement.Outcome("cascadeDelete {database=sqlite, shape=1x1000}", false, 1, 0, List.of()));
		assertThat(BenchmarkReport.remeasured(outcomes, 1)).contains("scattered by more than 10 %")
			.contains("up to 1 more time(s)")
			.contains("In this run 2 of 3 timed rows were measured again: prefetch {database=mariadb} (6 %), "
					+ "selectRelated {database=mariadb} (21 %)")
			.contains("1 stayed above the limit, their ratios less sure than the brackets say: "
					+ "selectRelated {database=mariadb} (21 %).");
		assertThat(BenchmarkReport.remeasured(outcomes.subList(0, 1), 1))
			.endsWith("In this run 0 of 1 timed rows were measured again; every row kept stayed within the limit.\n\n");
		assertThat(BenchmarkReport.remeasured(outcomes, 0)).isEmpty();
	}
}
