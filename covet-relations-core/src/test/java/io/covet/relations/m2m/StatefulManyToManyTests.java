package io.covet.relations.m2m;

import java.util.List;
import java.util.Random;

import io.covet.relations.m2m.M2mModels.Club;
import io.covet.relations.m2m.M2mModels.Membership;
import io.covet.relations.m2m.M2mModels.Person;
import io.covet.relations.m2m.M2mModels.Post;
import io.covet.relations.m2m.M2mModels.Tag;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.Seeds;
import io.covet.relations.testing.TestDatabase;

/**
 * Seeded random add/remove/set/clear sequences on every kind of many-to-many relation, checked against an in-memory
 * set after every step ({@link ManyToManySequence}). {@code COVET_M2M_SEEDS} raises the seed count (default 8 per
 * database); {@code COVET_SEED} replays one seed.
 */
@Models({ Post.class, Tag.class, Person.class, Club.class, Membership.class })
class StatefulManyToManyTests {

	private static final List<Long> SEEDS = Seeds.fromEnvironment("COVET_M2M_SEEDS", 8);

	private static final int STEPS = 40;

	@DatabaseTest
	void randomWritesFromEverySideMatchAnInMemoryModelAfterEveryStep(TestDatabase db) {
		Seeds.run("many-to-many sequence", db, SEEDS, (seed, steps) -> {
			db.truncateAll();
			new ManyToManySequence(db, new Random(seed), steps).run(STEPS);
		});
	}
}
