package io.covet.relations.docs.manytomany;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.covet.relations.CovetRelations;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.query.Prefetch;

/** many-to-many.md. */
class ManyToManySnippetTests {

	private final CovetRelations relations = GuideDatabase.relations(Post.class, Tag.class, Person.class, Club.class,
			Membership.class);

	@Test
	void bothSidesSeeThePairs() {
		Post post = this.relations.repository(Post.class).create(Map.of("title", "hello"));
		Tag java = this.relations.repository(Tag.class).create(Map.of("name", "java"));

		post.tags().add(java);

		assertThat(java.posts().count()).isEqualTo(1);
	}

	@Test
	void friendsAreMutualFollowersAreNot() {
		Person ann = this.relations.repository(Person.class).save(new Person("ann"));
		Person bob = this.relations.repository(Person.class).save(new Person("bob"));

		ann.friends().add(bob);
		ann.following().add(bob);

		assertThat(bob.friends().count()).isEqualTo(1);
		assertThat(bob.following().count()).isZero();
		assertThat(bob.followers().count()).isEqualTo(1);
	}

	@Test
	void linksFirstReadsEachSharedTagOnce() {
		Tag java = this.relations.repository(Tag.class).create(Map.of("name", "java"));
		for (String title : List.of("a", "b", "c")) {
			this.relations.repository(Post.class).create(Map.of("title", title)).tags().add(java);
		}

		List<Post> posts = this.relations.objects(Post.class)
			.prefetchRelated(new Prefetch("tags").withLinksFirst())   // link rows, then each distinct tag once
			.list();

		Tag shared = posts.get(0).tags().all().get(0);
		assertThat(posts).hasSize(3).allSatisfy(post -> assertThat(post.tags().all()).containsExactly(shared));
	}

	@Test
	void throughDefaultsFillTheExtraColumns() {
		Person ann = this.relations.repository(Person.class).save(new Person("ann"));
		Club chess = this.relations.repository(Club.class).save(new Club("chess"));

		chess.members().add(List.of(ann), Map.of("role", "captain"));   // throughDefaults for the extra columns

		assertThat(this.relations.objects(Membership.class).values("role")).containsExactly(Map.of("role", "captain"));
		assertThat(ann.clubs.count()).isEqualTo(1);
	}
}
