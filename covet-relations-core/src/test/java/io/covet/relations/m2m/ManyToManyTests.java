package io.covet.relations.m2m;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.covet.relations.CovetRelations;
import io.covet.relations.event.ManyToManyAction;
import io.covet.relations.event.ManyToManyChanged;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.m2m.M2mModels.Club;
import io.covet.relations.m2m.M2mModels.Membership;
import io.covet.relations.m2m.M2mModels.Person;
import io.covet.relations.m2m.M2mModels.Post;
import io.covet.relations.m2m.M2mModels.Tag;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.query.Prefetch;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

@Models({ Post.class, Tag.class, Person.class, Club.class, Membership.class })
class ManyToManyTests {

	private static List<String> names(List<Tag> tags) {
		return tags.stream().map(tag -> tag.name).sorted().toList();
	}

	/**
	 * An unordered many-to-many prefetch lists the targets in link order; first() and last() answer by the targets'
	 * keys, from the list, as without a prefetch.
	 */
	@DatabaseTest
	@SuppressWarnings("unchecked")
	void firstAndLastOfAnUnorderedPrefetchGoByKey(TestDatabase db) {
		CovetRepository<Post, Long> posts = db.repo(Post.class);
		CovetRepository<Tag, Long> tags = db.repo(Tag.class);
		Post post = posts.save(new Post("p"));
		Tag java = tags.save(new Tag("java"));
		Tag sql = tags.save(new Tag("sql"));
		post.tags.add(sql); // the links in the other order than the tags' keys
		post.tags.add(java);
		for (Prefetch prefetch : List.of(new Prefetch("tags"), new Prefetch("tags").withLinksFirst())) {
			Post loaded = posts.objects().prefetchRelated(prefetch).get("id", post.id);
			db.queries().assertNumQueries(0, () -> {
				assertThat(loaded.tags.first()).map(tag -> tag.name).contains("java");
				assertThat(loaded.tags.last()).map(tag -> tag.name).contains("sql");
			});
		}
		Post ordered = posts.objects()
			.prefetchRelated(new Prefetch("tags", tags.objects().orderBy("-name")))
			.get("id", post.id);
		assertThat(ordered.tags.first()).map(tag -> tag.name).contains("sql");
	}

	@DatabaseTest
	void addsRemovesAndClearsByObjectAndKeyFromBothSides(TestDatabase db) {
		CovetRepository<Post, Long> posts = db.repo(Post.class);
		CovetRepository<Tag, Long> tags = db.repo(Tag.class);
		Post post = posts.save(new Post("hello"));
		Tag java = tags.save(new Tag("java"));
		Tag sql = tags.save(new Tag("sql"));
		Tag jdbc = tags.save(new Tag("jdbc"));

		post.tags.add(java, sql.id);
		assertThat(names(post.tags.all())).containsExactly("java", "sql");
		assertThat(post.tags.count()).isEqualTo(2);
		assertThat(java.posts.all()).extracting(p -> p.title).containsExactly("hello");

		jdbc.posts.add(post);
		assertThat(names(post.tags.all())).containsExactly("java", "jdbc", "sql");
		assertThat(post.tags.filter("name__startswith", "j").count()).isEqualTo(2);

		post.tags.remove(java.id);
		sql.posts.remove(post);
		assertThat(names(post.tags.all())).containsExactly("jdbc");

		post.tags.clear();
		assertThat(post.tags.exists()).isFalse();
		assertThat(db.rows("m_post_tags")).isZero();
	}

	@DatabaseTest
	void duplicateAddsInsertNothingAndManyAddsAreOneStatement(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		List<Tag> created = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			created.add(new Tag("t" + i));
		}
		db.repo(Tag.class).bulkCreate(created);

		db.queries().assertNumQueries(1, () -> post.tags.add(created.toArray()));
		post.tags.add(created.get(0), created.get(1).id);
		assertThat(db.rows("m_post_tags")).isEqualTo(1000);
	}

	@DatabaseTest
	void setOnlyTouchesTheDifference(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		List<Tag> tags = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			tags.add(db.<Tag, Long>repo(Tag.class).save(new Tag("t" + i)));
		}
		post.tags.add(tags.get(0), tags.get(1), tags.get(2));
		List<ManyToManyChanged> events = new ArrayList<>();
		CovetRelations listening = db.build(builder -> builder.eventListener(event -> events.add((ManyToManyChanged) event)));
		Post reloaded = listening.repository(Post.class).objects().get("id", post.id);

		reloaded.tags.set(List.of(tags.get(1), tags.get(2).id, tags.get(3)));

		assertThat(names(reloaded.tags.all())).containsExactly("t1", "t2", "t3");
		assertThat(events).extracting(ManyToManyChanged::action)
			.containsExactly(ManyToManyAction.PRE_REMOVE, ManyToManyAction.POST_REMOVE, ManyToManyAction.PRE_ADD,
					ManyToManyAction.POST_ADD);
		assertThat(events.get(1).keys()).isEqualTo(Set.of(tags.get(0).id));
		assertThat(events.get(3).keys()).isEqualTo(Set.of(tags.get(3).id));
	}

	@DatabaseTest
	void eventsCarryExactlyTheAffectedKeysAndAListenerFailureRollsBack(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		Tag a = db.<Tag, Long>repo(Tag.class).save(new Tag("a"));
		Tag b = db.<Tag, Long>repo(Tag.class).save(new Tag("b"));
		post.tags.add(a);
		List<ManyToManyChanged> events = new ArrayList<>();
		CovetRelations listening = db.build(builder -> builder.eventListener(event -> {
			ManyToManyChanged changed = (ManyToManyChanged) event;
			events.add(changed);
			if (changed.action() == ManyToManyAction.POST_CLEAR) {
				throw new IllegalStateException("listener refuses");
			}
		}));
		Tag reloadedB = listening.repository(Tag.class).objects().get("id", b.id);

		reloadedB.posts.add(post.id);
		ManyToManyChanged postAdd = events.get(1);
		assertThat(postAdd.action()).isEqualTo(ManyToManyAction.POST_ADD);
		assertThat(postAdd.keys()).isEqualTo(Set.of(post.id));
		assertThat(postAdd.reverse()).isTrue();
		assertThat(postAdd.relation()).isEqualTo("Tag.posts");
		assertThat(postAdd.otherModel()).isEqualTo(Post.class);

		events.clear();
		Post reloaded = listening.repository(Post.class).objects().get("id", post.id);
		reloaded.tags.add(a, b);
		assertThat(events.get(1).keys()).isEmpty();

		assertThatThrownBy(reloaded.tags::clear).hasMessageContaining("listener refuses");
		assertThat(db.rows("m_post_tags")).isEqualTo(2);
	}

	@DatabaseTest
	void symmetricalRelationsWriteAndRemoveBothDirections(TestDatabase db) {
		CovetRepository<Person, Long> people = db.repo(Person.class);
		Person ann = people.save(new Person("ann"));
		Person bob = people.save(new Person("bob"));
		Person cid = people.save(new Person("cid"));

		db.queries().assertNumQueries(1, () -> ann.friends.add(bob));
		assertThat(bob.friends.all()).extracting(p -> p.name).containsExactly("ann");
		assertThat(db.rows("m_person_friends")).isEqualTo(2);

		bob.friends.remove(ann);
		assertThat(ann.friends.exists()).isFalse();
		assertThat(db.rows("m_person_friends")).isZero();

		ann.following.add(bob, cid);
		assertThat(bob.followers.all()).extracting(p -> p.name).containsExactly("ann");
		assertThat(bob.following.exists()).isFalse();
	}

	@DatabaseTest
	void throughModelCarriesExtraColumns(TestDatabase db) {
		Club chess = db.<Club, Long>repo(Club.class).save(new Club("chess"));
		Person ann = db.<Person, Long>repo(Person.class).save(new Person("ann"));
		Person bob = db.<Person, Long>repo(Person.class).save(new Person("bob"));

		chess.members.add(List.of(ann), Map.of("role", "captain", "joined", LocalDate.of(2020, 1, 2)));
		bob.clubs.add(List.of(chess), Map.of("role", "member"));

		List<Membership> memberships = db.<Membership, Long>repo(Membership.class).objects().orderBy("role").list();
		assertThat(memberships).extracting(m -> m.role).containsExactly("captain", "member");
		assertThat(memberships.get(0).joined).isEqualTo(LocalDate.of(2020, 1, 2));
		assertThat(memberships).extracting(m -> m.rank).containsOnly(1);
		assertThat(db.repo(Person.class).filter("memberships__role", "captain").list()).extracting(p -> ((Person) p).name)
			.containsExactly("ann");
		assertThat(chess.members.count()).isEqualTo(2);
	}

	@DatabaseTest
	void badInputFailsBeforeAnySql(TestDatabase db) {
		Club chess = db.<Club, Long>repo(Club.class).save(new Club("chess"));
		Person ann = db.<Person, Long>repo(Person.class).save(new Person("ann"));
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		db.queries().reset();

		assertThatThrownBy(() -> chess.members.add(ann)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("Membership.role");
		assertThatThrownBy(() -> chess.members.add(List.of(ann), Map.of("colour", "red")))
			.isInstanceOf(UnknownFieldException.class);
		assertThatThrownBy(() -> post.tags.add(new Tag("unsaved"))).isInstanceOf(UnsavedInstanceException.class);
		assertThatThrownBy(() -> post.tags.add(ann)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> post.tags.add("not a key")).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> post.tags.add((Object) null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> post.tags.add(List.of(1L))).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> new Post("unsaved").tags.add(1L)).isInstanceOf(UnsavedInstanceException.class);
		assertThat(db.queries().total()).isZero();
	}

	@DatabaseTest
	void queriesAcrossTheRelationReturnNoDuplicates(TestDatabase db) {
		Post first = db.<Post, Long>repo(Post.class).save(new Post("first"));
		Post second = db.<Post, Long>repo(Post.class).save(new Post("second"));
		Tag java = db.<Tag, Long>repo(Tag.class).save(new Tag("java"));
		Tag jvm = db.<Tag, Long>repo(Tag.class).save(new Tag("jvm"));
		first.tags.add(java, jvm);
		second.tags.add(jvm);

		assertThat(db.repo(Post.class).filter("tags__name__startswith", "j").count()).isEqualTo(2);
		assertThat(db.repo(Post.class).filter("tags__name", "java").list()).extracting(p -> ((Post) p).title)
			.containsExactly("first");
		assertThat(db.repo(Tag.class).filter("posts__title", "second").list()).extracting(t -> ((Tag) t).name)
			.containsExactly("jvm");
		assertThat(db.repo(Post.class).filter("tags", java).count()).isEqualTo(1);
	}

	@DatabaseTest
	void prefetchesOneQueryPerLevel(TestDatabase db) {
		List<Tag> tags = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			tags.add(new Tag("t" + i));
		}
		db.repo(Tag.class).bulkCreate(tags);
		List<Post> posts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			posts.add(new Post("p" + i));
		}
		db.repo(Post.class).bulkCreate(posts);
		for (Post post : posts) {
			post.tags.add(tags.get(post.id.intValue() % 5), tags.get((post.id.intValue() + 1) % 5));
		}

		List<Post> loaded = db.queries()
			.assertNumQueries(2, () -> db.<Post, Long>repo(Post.class).objects().prefetchRelated("tags").list());
		assertThat(loaded).allSatisfy(post -> assertThat(post.tags.all()).hasSize(2));
		// One row of the tag table, one object: each tag is read once however many posts it is linked to.
		Map<Long, Tag> byId = new HashMap<>();
		loaded.forEach(post -> post.tags.all().forEach(tag -> assertThat(byId.computeIfAbsent(tag.id, id -> tag)).isSameAs(tag)));
		assertThat(byId).hasSize(5);

		List<Post> deep = db.queries()
			.assertNumQueries(3, () -> db.<Post, Long>repo(Post.class).objects().prefetchRelated("tags__posts").list());
		assertThat(deep.get(0).tags.all().get(0).posts.all()).hasSize(20);

		List<Tag> reverse = db.queries()
			.assertNumQueries(2, () -> db.<Tag, Long>repo(Tag.class).objects().prefetchRelated("posts").list());
		assertThat(reverse).allSatisfy(tag -> assertThat(tag.posts.all()).hasSize(20));
	}

	@DatabaseTest
	void deletingEitherSideRemovesItsPairs(TestDatabase db) {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		Tag a = db.<Tag, Long>repo(Tag.class).save(new Tag("a"));
		Tag b = db.<Tag, Long>repo(Tag.class).save(new Tag("b"));
		post.tags.add(a, b);

		DeleteResult result = db.repo(Tag.class).filter("name", "a").delete();
		assertThat(result.perModel()).containsEntry("Tag", 1L).containsEntry("Post_tags", 1L);
		db.<Post, Long>repo(Post.class).delete(post);
		assertThat(db.rows("m_post_tags")).isZero();
		assertThat(db.repo(Tag.class).count()).isEqualTo(1);
	}

	@DatabaseTest
	void concurrentAddsOfTheSamePairLeaveOneRowAndNoError(TestDatabase db) throws Exception {
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		Tag tag = db.<Tag, Long>repo(Tag.class).save(new Tag("t"));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				post.tags.clear();
				CountDownLatch start = new CountDownLatch(1);
				List<Future<?>> adds = new ArrayList<>();
				for (int thread = 0; thread < 2; thread++) {
					adds.add(pool.submit(() -> {
						start.await();
						post.tags.add(tag);
						return null;
					}));
				}
				start.countDown();
				for (Future<?> add : adds) {
					add.get();
				}
				assertThat(db.rows("m_post_tags")).isEqualTo(1);
			}
		}
		finally {
			pool.shutdownNow();
		}
	}

	@DatabaseTest
	void theReverseSideSetsClearsAndCreates(TestDatabase db) {
		Tag java = db.<Tag, Long>repo(Tag.class).save(new Tag("java"));
		Post a = db.<Post, Long>repo(Post.class).save(new Post("a"));
		Post b = db.<Post, Long>repo(Post.class).save(new Post("b"));
		Post c = db.<Post, Long>repo(Post.class).save(new Post("c"));
		java.posts.set(List.of(a, b.id));
		assertThat(java.posts.all()).extracting(p -> p.title).containsExactlyInAnyOrder("a", "b");
		java.posts.set(List.of(b, c), true, Map.of());
		assertThat(java.posts.all()).extracting(p -> p.title).containsExactlyInAnyOrder("b", "c");
		Post created = java.posts.create(new Post("d"));
		assertThat(created.id).isNotNull();
		assertThat(created.tags.all()).extracting(t -> t.name).containsExactly("java");
		assertThat(java.posts.filter("title__in", List.of("c", "d")).count()).isEqualTo(2);
		assertThat(java.posts.exclude("title", "d").count()).isEqualTo(2);
		java.posts.clear();
		assertThat(java.posts.count()).isZero();
		assertThat(db.repo(Post.class).count()).isEqualTo(4);
	}

	@DatabaseTest
	void prefetchesAcrossACustomThroughModel(TestDatabase db) {
		Club chess = db.<Club, Long>repo(Club.class).save(new Club("chess"));
		Club go = db.<Club, Long>repo(Club.class).save(new Club("go"));
		Person ann = db.<Person, Long>repo(Person.class).save(new Person("ann"));
		Person bob = db.<Person, Long>repo(Person.class).save(new Person("bob"));
		chess.members.add(List.of(ann, bob), Map.of("role", "member"));
		go.members.add(List.of(bob), Map.of("role", "member"));

		List<Person> people = db.queries()
			.assertNumQueries(2, () -> db.<Person, Long>repo(Person.class).objects().orderBy("name").prefetchRelated("clubs").list());
		assertThat(people.get(0).clubs.all()).extracting(club -> club.name).containsExactly("chess");
		assertThat(people.get(1).clubs.all()).extracting(club -> club.name).containsExactlyInAnyOrder("chess", "go");
		assertThat(db.repo(Club.class).filter("members__name", "bob").count()).isEqualTo(2);
		assertThat(db.repo(Person.class).filter("clubs__name", "go").list()).extracting(p -> ((Person) p).name)
			.containsExactly("bob");
		chess.members.remove(bob);
		assertThat(db.repo(Membership.class).count()).isEqualTo(2);
	}
}
