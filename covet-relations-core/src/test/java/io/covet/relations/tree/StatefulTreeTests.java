package io.covet.relations.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.Seeds;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.tree.TreeModels.Adjacency;
import io.covet.relations.tree.TreeModels.Nested;
import io.covet.relations.tree.TreeModels.Path;

/**
 * Seeded random inserts, moves (cycles included) and deletes on every tree strategy, checked against an in-memory
 * parent map after every step ({@link TreeSequence}). {@code COVET_TREE_SEEDS} raises the seed count (default 3 per
 * strategy and database); {@code COVET_SEED} replays one seed.
 */
@Models({ Adjacency.class, Path.class, Nested.class })
class StatefulTreeTests {

	private static final List<Long> SEEDS = Seeds.fromEnvironment("COVET_TREE_SEEDS", 3);

	private static final int STEPS = 50;

	@DatabaseTest
	void randomInsertsMovesAndDeletesMatchAParentMapAfterEveryStep(TestDatabase db) {
		assertThat(run(db, SEEDS)).as("some moves must try to create a cycle").isPositive();
	}

	/**
	 * Seed 2 moved the only tree of the table to the roots: the nested set read its own negated bound as the highest
	 * one in place and put the tree below zero (fixed in {@code NestedSetEncoding.maxRight}).
	 */
	@DatabaseTest
	void pinnedSeedTwoMovesTheOnlyTreeToTheRoots(TestDatabase db) {
		run(db, List.of(2L));
	}

	/** Runs the seeds on every strategy; returns how many moves were refused as cycles. */
	private static int run(TestDatabase db, List<Long> seeds) {
		int[] refused = { 0 };
		for (Strategy<?> strategy : Strategy.all(db.relations())) {
			Seeds.run(strategy.name() + " tree sequence", db, seeds, (seed, steps) -> {
				db.truncateAll();
				refused[0] += new TreeSequence<>(db, strategy, new Random(seed), steps).run(STEPS);
			});
		}
		return refused[0];
	}
}
