package io.covet.relations.sample;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.covet.relations.CovetRelations;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Author;
import io.covet.relations.sample.model.Comment;
import io.covet.relations.sample.model.Post;
import io.covet.relations.sample.model.Tag;

/** Repositories of the blog's models, as beans. */
@Configuration(proxyBeanMethods = false)
public class BlogRepositories {

	@Bean
	CovetRepository<Author, Long> authors(CovetRelations relations) {
		return relations.repository(Author.class);
	}

	@Bean
	CovetRepository<Post, Long> posts(CovetRelations relations) {
		return relations.repository(Post.class);
	}

	@Bean
	CovetRepository<Tag, Long> tags(CovetRelations relations) {
		return relations.repository(Tag.class);
	}

	@Bean
	CovetRepository<Comment, Long> comments(CovetRelations relations) {
		return relations.repository(Comment.class);
	}
}
