package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PairedRatioTests {

	@Test
	void theMedianIsTheMiddleRoundWhateverTheOrder() {
		assertThat(PairedRatio.of(new double[] { 1.3, 1.1, 1.2 }).median()).isEqualTo(1.2);
		assertThat(PairedRatio.of(new double[] { 1.4, 1.0, 1.2, 1.1 }).median()).isEqualTo(1.15);
	}

	@Test
	void theIntervalSpansTheRanksOfOrderStatistics() {
		// 100 rounds 1.00, 1.01, ..., 1.99: ranks 50 - 9.8 and 51 + 9.8, so the 40th and the 61st value.
		double[] ratios = IntStream.range(0, 100).mapToDouble(i -> 1 + i / 100.0).toArray();
		PairedRatio ratio = PairedRatio.of(ratios);
		assertThat(ratio.rounds()).isEqualTo(100);
		assertThat(ratio.lower()).isEqualTo(ratios[39]);
		assertThat(ratio.upper()).isEqualTo(ratios[60]);
		assertThat(ratio.format()).isEqualTo("1.50× (1.39–1.60)");
	}

	@Test
	void withFewRoundsTheIntervalIsTheWholeRange() {
		PairedRatio ratio = PairedRatio.of(new double[] { 1.2, 0.9, 1.5 });
		assertThat(ratio.lower()).isEqualTo(0.9);
		assertThat(ratio.upper()).isEqualTo(1.5);
		assertThatThrownBy(() -> PairedRatio.of(new double[0])).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void parametersArePassedToTheTrialAsNameValuePairs() {
		assertThat(PairedTrial.parseParams("database=sqlite,strategy=nestedSets"))
			.containsExactly(entry("database", "sqlite"), entry("strategy", "nestedSets"));
	}
}
