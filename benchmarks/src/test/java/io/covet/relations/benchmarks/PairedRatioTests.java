package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.util.List;
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

	@Test
	void aRoundCallsEveryColumnTwiceMirroredSoASteadyDriftFallsOnEachAlike() {
		PairedRounds rounds = new PairedRounds(List.of("covet", "jdbc", "hibernate"), new int[] { 1, 1, 1 });
		assertThat(rounds.callOrder()).containsExactly(0, 1, 2, 2, 1, 0);
		assertThat(new PairedRounds(List.of("covet", "jdbc"), new int[] { 1, 1 }).callOrder()).containsExactly(0, 1, 1, 0);
		assertThatThrownBy(() -> new PairedRounds(List.of("jdbc", "covet"), new int[] { 1, 1 }))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void eachOtherColumnGetsCovetsRatioAndTimesArePerOperation() {
		// covet 2 ms per call; jdbc 1 ms per call; hibernate 10 ms per call of 5 operations (2 ms each).
		PairedRounds rounds = new PairedRounds(List.of("covet", "jdbc", "hibernate"), new int[] { 1, 1, 5 });
		for (int i = 0; i < 3; i++) {
			rounds.add(new long[] { 4_000_000, 2_000_000, 20_000_000 }, new long[] { 200, 100, 5_000 });
		}
		assertThat(rounds.millis(0)).isEqualTo(2.0);
		assertThat(rounds.millis(2)).isEqualTo(2.0);
		assertThat(rounds.ratio(1).median()).isEqualTo(2.0);
		assertThat(rounds.ratio(2).median()).isEqualTo(1.0);
		assertThat(rounds.bytesPerOperation(0)).isEqualTo(100);
		assertThat(rounds.bytesPerOperation(2)).isEqualTo(500);

		PairedRounds.Parsed parsed = PairedRounds.Parsed.of(rounds.format());
		assertThat(parsed.rounds()).isEqualTo(3);
		assertThat(parsed.covetMillis()).isEqualTo(2.0);
		assertThat(parsed.covetBytes()).isEqualTo(100);
		assertThat(parsed.others()).extracting(PairedRounds.Versus::column).containsExactly("jdbc", "hibernate");
		assertThat(parsed.others().get(0).ratio().median()).isEqualTo(2.0);
		assertThat(parsed.others().get(1).millis()).isEqualTo(2.0);
		assertThat(parsed.others().get(1).bytes()).isEqualTo(500);
	}

	@Test
	void theColumnsToPairWithAreNamedOrAll() {
		assertThat(PairedRatios.against("jdbc")).containsExactly("jdbc");
		assertThat(PairedRatios.against("hibernate, jdbc,hibernate")).containsExactly("hibernate", "jdbc");
		assertThat(PairedRatios.against("all")).containsExactly("jdbc", "hibernate", "hibernateLazy", "naive");
		assertThatThrownBy(() -> PairedRatios.against("covet")).isInstanceOf(IllegalArgumentException.class);
		assertThat(PairedRatios.fileName(List.of("jdbc"))).isEqualTo("performance-paired.md");
		assertThat(PairedRatios.fileName(List.of("hibernate"))).isEqualTo("performance-paired-hibernate.md");
		assertThat(PairedRatios.fileName(List.of("jdbc", "hibernate"))).isEqualTo("performance-paired-all.md");
	}
}
