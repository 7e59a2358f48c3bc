package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RunOrderTests {

	@Test
	void aRowsColumnsRunBackToBackAndItsNextForkRunsThemInReverse() {
		List<RunOrder.Trial> trials = RunOrder.trials(List.of("selectRelated"), BenchmarkName.COLUMNS,
				Map.of("database", new String[] { "postgresql" }), 2);
		assertThat(trials).extracting(trial -> trial.name().column())
			.containsExactly("covet", "jdbc", "hibernate", "hibernateLazy", "hibernateLazy", "hibernate", "jdbc", "covet");
		assertThat(trials).extracting(RunOrder.Trial::params)
			.containsOnly(Map.of("database", "postgresql", "authors", "1000", "booksPerAuthor", "10"));
	}

	@Test
	void rowsFollowTheDatabasesThenTheOtherParametersValues() {
		List<RunOrder.Trial> trials = RunOrder.trials(List.of("treeDescendants"), List.of("covet", "jdbc"),
				Map.of("database", new String[] { "mariadb", "sqlite" }, "strategy",
						new String[] { "nestedSets", "adjacencyList" }), 1);
		assertThat(trials).extracting(trial -> trial.params().get("database") + " " + trial.params().get("strategy") + " "
				+ trial.name().column())
			.containsExactly("mariadb nestedSets covet", "mariadb nestedSets jdbc", "mariadb adjacencyList covet",
					"mariadb adjacencyList jdbc", "sqlite nestedSets covet", "sqlite nestedSets jdbc",
					"sqlite adjacencyList covet", "sqlite adjacencyList jdbc");
	}

	@Test
	void aColumnAWorkloadLacksIsLeftOut() {
		assertThat(RunOrder.trials(List.of("treeDescendants"), List.of("covet", "naive"),
				Map.of("database", new String[] { "sqlite" }, "strategy", new String[] { "nestedSets" }), 1))
			.extracting(trial -> trial.name().column())
			.containsExactly("covet");
	}

	@Test
	void eachRowHoldsEveryForkOfItsColumns() {
		List<List<RunOrder.Trial>> rows = RunOrder.rows(List.of("treeDescendants"), List.of("covet", "jdbc"),
				Map.of("database", new String[] { "sqlite", "mariadb" }, "strategy", new String[] { "nestedSets" }), 2);
		assertThat(rows).hasSize(2);
		assertThat(rows.get(1)).extracting(trial -> trial.params().get("database") + " " + trial.name().column())
			.containsExactly("mariadb covet", "mariadb jdbc", "mariadb jdbc", "mariadb covet");
		assertThat(RunOrder.trials(List.of("treeDescendants"), List.of("covet", "jdbc"),
				Map.of("database", new String[] { "sqlite", "mariadb" }, "strategy", new String[] { "nestedSets" }), 2))
			.isEqualTo(rows.stream().flatMap(List::stream).toList());
	}
}
