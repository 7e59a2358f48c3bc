package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.covet.relations.benchmarks.RunComparison.Row;

class RunComparisonTests {

	private static final String PUBLISHED = """
			# Performance

			## 1 and 9. Authors with their books

			| database | covet ms | jdbc ms | hibernate ms | covet/jdbc |
			|---|---|---|---|---|
			| sqlite | 5.66 | 5.00 | 18.74 | 1.13× (1.10–1.15) |
			| postgresql | 4.34 | 4.00 | 14.55 | 1.09× (1.00–1.20) |

			## 4. Many-to-many writes

			| database | covet ms | jdbc ms | hibernate ms | covet/jdbc |
			|---|---|---|---|---|
			| mariadb (operation=add1) | 0.53 | 0.20 | 0.92 | 2.65× (2.50–2.70) |
			| mariadb (operation=add1000) | 10.75 | 1,000.00 | 15.14 | 0.01× (0.01–0.01) |
			""";

	@Test
	void readsTheFloorAndRangeOfEveryRowKeyedBySectionAndFirstCell() {
		assertThat(RunComparison.rows(PUBLISHED)).hasSize(4)
			.containsEntry("1 and 9 · sqlite", new Row(5.0, 1.15 - 1.10))
			.containsEntry("4 · mariadb (operation=add1000)", new Row(1000.0, 0.0));
		assertThat(RunComparison.rows(PUBLISHED).keySet()).containsExactly("1 and 9 · sqlite", "1 and 9 · postgresql",
				"4 · mariadb (operation=add1)", "4 · mariadb (operation=add1000)");
	}

	@Test
	void aRerunOnTheSameQuietMachineCanBePublished() {
		String rerun = PUBLISHED.replace("| 5.00 |", "| 5.10 |").replace("| 0.20 |", "| 0.19 |");
		RunComparison comparison = new RunComparison(PUBLISHED, rerun);
		assertThat(comparison.medianFloorRatio()).isBetween(0.99, 1.02);
		assertThat(comparison.movedFloors()).isZero();
		assertThat(comparison.sameMachine()).isTrue();
		assertThat(comparison.newRunIsQuiet()).isTrue();
		assertThat(comparison.noiseVerdict()).endsWith("-> quiet, can be published");
	}

	@Test
	void slowerFloorsMeanAnotherMachineWhoseTimesAreNotCompared() {
		String slower = PUBLISHED.replace("| 5.00 |", "| 5.80 |").replace("| 4.00 |", "| 4.60 |");
		RunComparison comparison = new RunComparison(PUBLISHED, slower);
		assertThat(comparison.movedFloors()).isEqualTo(2);
		assertThat(comparison.sameMachine()).isFalse();
		assertThat(comparison.newRunIsQuiet()).isTrue();
	}

	@Test
	void wideRangesMakeARunNoisy() {
		String noisy = PUBLISHED.replace("1.13× (1.10–1.15)", "1.30× (0.80–1.90)");
		RunComparison comparison = new RunComparison(PUBLISHED, noisy);
		assertThat(comparison.noisyRowsAfter()).isEqualTo(1);
		assertThat(comparison.noisyRowsBefore()).isZero();
		assertThat(comparison.newRunIsQuiet()).isFalse();
	}

	@Test
	void rowsOfOnlyOneRunAreLeftOutOfTheDrift() {
		String fewer = PUBLISHED.replace("| postgresql | 4.34 | 4.00 | 14.55 | 1.09× (1.00–1.20) |\n", "");
		assertThat(new RunComparison(PUBLISHED, fewer).commonRows()).hasSize(3);
	}
}
