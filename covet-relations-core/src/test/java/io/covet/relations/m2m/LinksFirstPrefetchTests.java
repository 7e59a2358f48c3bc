package io.covet.relations.m2m;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.covet.relations.CovetRelations;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.m2m.M2mModels.Club;
import io.covet.relations.m2m.M2mModels.Membership;
import io.covet.relations.m2m.M2mModels.Person;
import io.covet.relations.m2m.M2mModels.Post;
import io.covet.relations.m2m.M2mModels.Tag;
import io.covet.relations.query.Prefetch;
import io.covet.relations.query.QuerySet;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * {@link Prefetch#withLinksFirst()}: the link rows, then each distinct target once. Every case is checked against the
 * default join, which must give each owner the same objects in the same order.
 */
@Models({ Post.class, Tag.class, Person.class, Club.class, Membership.class })
class LinksFirstPrefetchTests {

	private List<Post> posts;

	private List<Tag> tags;

	private void postsWithSharedTags(TestDatabase db) {
		this.tags = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			this.tags.add(new Tag("t" + i));
		}
		db.repo(Tag.class).bulkCreate(this.tags);
		this.posts = new ArrayList<>();
		for (int i = 0; i < 50; i++) {
			this.posts.add(new Post("p" + i));
		}
		db.repo(Post.class).bulkCreate(this.posts);
		for (int i = 0; i < 45; i++) {
			// The last five posts have no tags.
			Post post = this.posts.get(i);
			post.tags.add(this.tags.get((i + 3) % 5), this.tags.get(i % 5));
		}
	}

	private static QuerySet<Post> allPosts(TestDatabase db) {
		return db.<Post, Long>repo(Post.class).objects().orderBy("id");
	}

	private static <T> List<List<String>> names(List<?> owners, Function<Object, List<T>> related,
			Function<T, String> name) {
		return owners.stream().map(owner -> related.apply(owner).stream().map(name).toList()).toList();
	}

	/** Each owner's tag names, sorted: without an ordering, neither form promises one. */
	private static List<List<String>> tagNames(List<Post> posts) {
		return posts.stream().map(post -> post.tags.all().stream().map(tag -> tag.name).sorted().toList()).toList();
	}

	@DatabaseTest
	void readsTheLinksThenEachSharedTargetOnce(TestDatabase db) {
		postsWithSharedTags(db);

		List<Post> linksFirst = db.queries()
			.assertNumQueries(3, () -> allPosts(db).prefetchRelated(new Prefetch("tags").withLinksFirst()).list());

		assertThat(tagNames(linksFirst)).isEqualTo(tagNames(allPosts(db).prefetchRelated("tags").list()));
		assertThat(linksFirst.get(49).tags.all()).isEmpty();
		Map<Long, Tag> byId = new HashMap<>();
		linksFirst.forEach(post -> post.tags.all().forEach(tag -> assertThat(byId.computeIfAbsent(tag.id, id -> tag)).isSameAs(tag)));
		assertThat(byId).hasSize(5);
	}

	@DatabaseTest
	void followsTheQuerySetsFiltersAndOrdering(TestDatabase db) {
		postsWithSharedTags(db);
		QuerySet<Tag> someTags = db.<Tag, Long>repo(Tag.class).objects().filter("name__in", List.of("t1", "t3", "t4"))
			.orderBy("-name");

		List<Post> linksFirst = allPosts(db).prefetchRelated(new Prefetch("tags", someTags).withLinksFirst()).list();
		List<Post> joined = allPosts(db).prefetchRelated(new Prefetch("tags", someTags)).list();

		List<List<String>> expected = names(joined, p -> ((Post) p).tags.all(), t -> t.name);
		assertThat(names(linksFirst, p -> ((Post) p).tags.all(), t -> t.name)).isEqualTo(expected);
		// Post 3 was linked to t1, then t3: both forms follow the query set's ordering instead.
		assertThat(expected.get(3)).containsExactly("t3", "t1");
	}

	@DatabaseTest
	void crossesTheReverseSideNestedPathsSymmetricalAndCustomThroughRelations(TestDatabase db) {
		postsWithSharedTags(db);
		QuerySet<Tag> tagsById = db.<Tag, Long>repo(Tag.class).objects().orderBy("id");
		List<Tag> reverse = tagsById.prefetchRelated(new Prefetch("posts", allPosts(db)).withLinksFirst()).list();
		assertThat(names(reverse, t -> ((Tag) t).posts.all(), p -> p.title))
			.isEqualTo(names(tagsById.prefetchRelated(new Prefetch("posts", allPosts(db))).list(), t -> ((Tag) t).posts.all(),
					p -> p.title));
		assertThat(reverse.get(0).posts.all()).hasSize(18);

		List<Post> nested = db.queries()
			.assertNumQueries(5, () -> allPosts(db).prefetchRelated(new Prefetch("tags").withLinksFirst(),
					new Prefetch("tags__posts", allPosts(db)).withLinksFirst()).list());
		assertThat(nested.get(0).tags.all()).allSatisfy(tag -> assertThat(tag.posts.all()).hasSize(18));

		Person ann = db.<Person, Long>repo(Person.class).save(new Person("ann"));
		Person bob = db.<Person, Long>repo(Person.class).save(new Person("bob"));
		Person cid = db.<Person, Long>repo(Person.class).save(new Person("cid"));
		ann.friends.add(bob, cid);
		Club chess = db.<Club, Long>repo(Club.class).save(new Club("chess"));
		Club go = db.<Club, Long>repo(Club.class).save(new Club("go"));
		chess.members.add(List.of(ann, bob), Map.of("role", "member"));
		go.members.add(List.of(bob), Map.of("role", "member"));
		QuerySet<Club> clubsByName = db.<Club, Long>repo(Club.class).objects().orderBy("name");
		List<Person> people = db.<Person, Long>repo(Person.class).objects().orderBy("name")
			.prefetchRelated(new Prefetch("friends", db.<Person, Long>repo(Person.class).objects().orderBy("name"))
				.withLinksFirst(), new Prefetch("clubs", clubsByName).withLinksFirst())
			.list();
		assertThat(names(people, p -> ((Person) p).friends.all(), p -> p.name))
			.containsExactly(List.of("bob", "cid"), List.of("ann"), List.of("ann"));
		assertThat(names(people, p -> ((Person) p).clubs.all(), c -> c.name))
			.containsExactly(List.of("chess"), List.of("chess", "go"), List.of());
	}

	@DatabaseTest
	void chunksTheOwnersKeysUnderTheParameterCap(TestDatabase db) {
		postsWithSharedTags(db);
		CovetRelations chunked = db.build(builder -> builder.inListChunkSize(20));
		List<Post> loaded = db.queries()
			.assertNumQueries(db.dialect().readsAnyNumberOfKeys(Long.class) ? 3 : 1 + 3 + 1, () -> chunked.<Post, Long>repository(Post.class)
				.objects()
				.orderBy("id")
				.prefetchRelated(new Prefetch("tags").withLinksFirst())
				.list());
		assertThat(tagNames(loaded)).isEqualTo(tagNames(allPosts(db).prefetchRelated("tags").list()));
	}

	@DatabaseTest
	void isRefusedOnRelationsWithoutALinkTable(TestDatabase db) {
		db.<Club, Long>repo(Club.class).save(new Club("chess"));
		assertThatThrownBy(() -> db.<Club, Long>repo(Club.class).objects()
			.prefetchRelated(new Prefetch("memberships").withLinksFirst())
			.list()).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("withLinksFirst() is for many-to-many relations");
	}
}
