package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuietCheckTests {

	@Test
	void theSpreadIsTheQuartilesDistanceOverTheMedian() {
		QuietCheck.Spread spread = new QuietCheck.Spread("sqlite", IterationTimes.of(List.of(8.947, 8.960, 10.056, 10.695, 14.050)));
		assertThat(spread.relative()).isCloseTo((10.695 - 8.960) / 10.056, within(1e-9));
		assertThat(spread.quiet()).isFalse();
		assertThat(spread).hasToString("sqlite: 10.06 ms, quartiles 8.96–10.70, spread 17 %");
	}

	@Test
	void oneNoisyDatabaseStopsTheRunAndTheReportNamesIt() {
		QuietCheck.Spread sqlite = new QuietCheck.Spread("sqlite", new IterationTimes(5.20, 5.10, 5.30));
		QuietCheck.Spread postgresql = new QuietCheck.Spread("postgresql", new IterationTimes(3.85, 3.70, 4.30));
		assertThat(sqlite.quiet()).isTrue();
		assertThat(QuietCheck.quiet(List.of(sqlite))).isTrue();
		assertThat(QuietCheck.quiet(List.of(sqlite, postgresql))).isFalse();
		assertThat(QuietCheck.report(List.of(sqlite, postgresql))).contains("sqlite: 5.20 ms, quartiles 5.10–5.30, spread 4 %\n")
			.contains("postgresql: 3.85 ms, quartiles 3.70–4.30, spread 16 %  <- too noisy")
			.contains("COVET_BENCH_QUIET_CHECK=false");
		assertThat(QuietCheck.report(List.of(sqlite))).endsWith("Quiet enough: the full run starts.");
	}

	@Test
	void aSpreadAtTheLimitPasses() {
		assertThat(new QuietCheck.Spread("mariadb", new IterationTimes(10.0, 9.5, 10.5)).quiet()).isTrue();
		assertThat(new QuietCheck.Spread("mariadb", new IterationTimes(10.0, 9.5, 10.6)).quiet()).isFalse();
	}
}
