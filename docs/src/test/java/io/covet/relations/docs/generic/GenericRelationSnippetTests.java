package io.covet.relations.docs.generic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.covet.relations.CovetRelations;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.observation.QueryCounter;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.repository.CovetRepository;

/** generic-relations.md. */
class GenericRelationSnippetTests {

	private final QueryCounter queries = new QueryCounter();

	private final CovetRelations relations = GuideDatabase.withTables(CovetRelations.builder(GuideDatabase.dataSource())
		.models(Comment.class, Post.class, Photo.class)
		.statementListener(this.queries)
		.build());

	@Test
	void aCommentPointsAtAnyModel() {
		CovetRepository<Comment, Long> comments = this.relations.repository(Comment.class);
		Photo photo = this.relations.repository(Photo.class).create(Map.of("caption", "sunset"));
		Post post = this.relations.repository(Post.class).create(Map.of());

		comments.save(new Comment("on a post", GenericRef.to(post)));
		comments.save(new Comment("first", GenericRef.to(photo)));   // resolves the photo's content type once
		int before = this.queries.total();

		comments.save(new Comment("nice", GenericRef.to(photo)));          // sets both columns on save
		Comment comment = comments.get("text", "nice");
		comment.contentObject.fetch();                                      // explicit load, one query

		assertThat(this.queries.statements().subList(before, this.queries.total())).as("insert, select, fetch")
			.hasSize(3);
		assertThat(comment.contentObject.fetch()).isInstanceOfSatisfying(Photo.class,
				loaded -> assertThat(loaded.caption).isEqualTo("sunset"));
		assertThat(post.comments.all()).extracting(c -> c.text).containsExactly("on a post");
	}
}
