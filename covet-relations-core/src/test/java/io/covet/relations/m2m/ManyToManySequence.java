package io.covet.relations.m2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;

import io.covet.relations.m2m.M2mModels.Club;
import io.covet.relations.m2m.M2mModels.Person;
import io.covet.relations.m2m.M2mModels.Post;
import io.covet.relations.m2m.M2mModels.Tag;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.testing.Seeds.Steps;
import io.covet.relations.testing.TestDatabase;

/**
 * One seeded sequence of many-to-many writes over every kind of relation the library has (a derived through table
 * from both sides, a symmetrical self-relation, a one-way self-relation from both sides, a custom through model from
 * both sides), objects and keys mixed, repeats included. After every step the rows of every through table must
 * equal the {@link PairOracle}s exactly, with no row twice, and the written side must read back the model's keys.
 */
final class ManyToManySequence {

	private static final Map<String, Object> MEMBER = Map.of("role", "member");

	/** One table: its columns in (left, right) order and the rows it must hold. */
	private record Table(String name, String left, String right, PairOracle oracle) {
	}

	/** One side of a relation: who owns the manager, what it relates and how its calls land in the table. */
	private record Side<O, T>(String name, Table table, boolean reverse, List<O> owners, Function<O, Long> ownerKey,
			Function<O, ManyRelatedManager<T>> manager, List<T> targets, Function<T, Long> targetKey,
			Map<String, ?> throughDefaults) {
	}

	/** The manager calls, drawn 4 : 2 : 3 : 1 so that relations fill up as well as empty. */
	private enum Call {

		ADD, REMOVE, SET, CLEAR;

		static Call draw(Random random) {
			int roll = random.nextInt(10);
			return roll < 4 ? ADD : roll < 6 ? REMOVE : roll < 9 ? SET : CLEAR;
		}
	}

	private final TestDatabase db;

	private final Random random;

	private final Steps steps;

	private final List<Table> tables = new ArrayList<>();

	private final List<Side<?, ?>> sides = new ArrayList<>();

	ManyToManySequence(TestDatabase db, Random random, Steps steps) {
		this.db = db;
		this.random = random;
		this.steps = steps;
		List<Post> posts = save(Post.class, 5, i -> new Post("post" + i));
		List<Tag> tags = save(Tag.class, 6, i -> new Tag("tag" + i));
		List<Person> people = save(Person.class, 6, i -> new Person("person" + i));
		List<Club> clubs = save(Club.class, 3, i -> new Club("club" + i));
		Table postTags = table("m_post_tags", "post_id", "tag_id", false);
		Table friends = table("m_person_friends", "from_person_id", "to_person_id", true);
		Table following = table("m_person_following", "from_person_id", "to_person_id", false);
		Table memberships = table("m_membership", "club_id", "person_id", false);
		this.sides.add(new Side<>("Post.tags", postTags, false, posts, p -> p.id, p -> p.tags, tags, t -> t.id, Map.of()));
		this.sides.add(new Side<>("Tag.posts", postTags, true, tags, t -> t.id, t -> t.posts, posts, p -> p.id, Map.of()));
		this.sides.add(new Side<>("Person.friends", friends, false, people, p -> p.id, p -> p.friends, people, p -> p.id,
				Map.of()));
		this.sides.add(new Side<>("Person.following", following, false, people, p -> p.id, p -> p.following, people,
				p -> p.id, Map.of()));
		this.sides.add(new Side<>("Person.followers", following, true, people, p -> p.id, p -> p.followers, people,
				p -> p.id, Map.of()));
		this.sides.add(new Side<>("Club.members", memberships, false, clubs, c -> c.id, c -> c.members, people, p -> p.id,
				MEMBER));
		this.sides.add(new Side<>("Person.clubs", memberships, true, people, p -> p.id, p -> p.clubs, clubs, c -> c.id,
				MEMBER));
	}

	private <X> List<X> save(Class<X> type, int count, Function<Integer, X> factory) {
		List<X> saved = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			saved.add(this.db.<X, Long>repo(type).save(factory.apply(i)));
		}
		return saved;
	}

	private Table table(String name, String left, String right, boolean symmetrical) {
		Table table = new Table(name, left, right, new PairOracle(symmetrical));
		this.tables.add(table);
		return table;
	}

	void run(int stepCount) {
		for (int i = 0; i < stepCount; i++) {
			step(this.sides.get(this.random.nextInt(this.sides.size())));
			for (Table table : this.tables) {
				assertRows(table);
			}
		}
	}

	private <O, T> void step(Side<O, T> side) {
		O owner = side.owners().get(this.random.nextInt(side.owners().size()));
		long ownerKey = side.ownerKey().apply(owner);
		List<Object> arguments = new ArrayList<>();
		List<Long> keys = new ArrayList<>();
		for (int i = this.random.nextInt(4); i > 0; i--) {
			T target = side.targets().get(this.random.nextInt(side.targets().size()));
			boolean byKey = this.random.nextBoolean();
			arguments.add(byKey ? side.targetKey().apply(target) : target);
			keys.add(side.targetKey().apply(target));
		}
		ManyRelatedManager<T> manager = side.manager().apply(owner);
		PairOracle oracle = side.table().oracle();
		Call call = Call.draw(this.random);
		boolean clearFirst = this.random.nextInt(4) == 0;
		this.steps.step(side.name() + "(" + ownerKey + ")." + call + (call == Call.SET && clearFirst ? "(clear)" : "")
				+ (call == Call.CLEAR ? "" : " " + arguments));
		switch (call) {
			case ADD -> {
				if (side.throughDefaults().isEmpty()) {
					manager.add(arguments.toArray());
				}
				else {
					manager.add(arguments, side.throughDefaults());
				}
				oracle.add(ownerKey, side.reverse(), keys);
			}
			case REMOVE -> {
				manager.remove(arguments.toArray());
				oracle.remove(ownerKey, side.reverse(), keys);
			}
			case SET -> {
				manager.set(arguments, clearFirst, side.throughDefaults());
				oracle.set(ownerKey, side.reverse(), keys);
			}
			case CLEAR -> {
				manager.clear();
				oracle.clear(ownerKey, side.reverse());
			}
		}
		Set<Long> read = new HashSet<>();
		for (T related : manager.all()) {
			read.add(side.targetKey().apply(related));
		}
		assertThat(read).as("%s of %d read back", side.name(), ownerKey)
			.isEqualTo(oracle.related(ownerKey, side.reverse()));
	}

	private void assertRows(Table table) {
		List<List<Long>> rows = this.db.jdbc()
			.query("SELECT " + this.db.dialect().quote(table.left()) + ", " + this.db.dialect().quote(table.right())
					+ " FROM " + this.db.dialect().quote(table.name()), (rs, n) -> List.of(rs.getLong(1), rs.getLong(2)));
		assertThat(new HashSet<>(rows)).as("rows of %s", table.name()).isEqualTo(table.oracle().rows());
		assertThat(rows).as("rows of %s, each once", table.name()).hasSameSizeAs(table.oracle().rows());
	}
}
