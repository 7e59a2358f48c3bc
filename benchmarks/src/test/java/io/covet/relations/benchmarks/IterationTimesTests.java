package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class IterationTimesTests {

	@Test
	void quartilesInterpolateBetweenTheClosestIterationsWhateverTheirOrder() {
		IterationTimes times = IterationTimes.of(List.of(5.0, 1.0, 4.0, 2.0, 3.0));
		assertThat(times.median()).isEqualTo(3.0);
		assertThat(times.lowerQuartile()).isEqualTo(2.0);
		assertThat(times.upperQuartile()).isEqualTo(4.0);
		IterationTimes even = IterationTimes.of(List.of(1.0, 2.0, 3.0, 4.0));
		assertThat(even.median()).isEqualTo(2.5);
		assertThat(even.lowerQuartile()).isCloseTo(1.75, within(1e-9));
		assertThat(even.upperQuartile()).isCloseTo(3.25, within(1e-9));
	}

	@Test
	void aSingleShotIsItsOwnMedianAndQuartiles() {
		IterationTimes times = IterationTimes.of(List.of(7.5));
		assertThat(List.of(times.median(), times.lowerQuartile(), times.upperQuartile())).containsOnly(7.5);
		assertThatThrownBy(() -> IterationTimes.of(List.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aRatioCarriesTheRangeTheQuartilesAllow() {
		IterationTimes covet = new IterationTimes(12.0, 11.0, 13.0);
		IterationTimes jdbc = new IterationTimes(10.0, 9.5, 11.0);
		// 12 / 10; 11 / 11 to 13 / 9.5.
		assertThat(covet.ratioTo(jdbc)).isEqualTo("1.20× (1.00–1.37)");
	}
}
