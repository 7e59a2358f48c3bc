package io.covet.relations.docs.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.CovetRelationsAutoConfiguration;
import io.covet.relations.autoconfigure.repository.CovetRepositoryFactoryBean;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.repository.CovetRepository;

class GettingStartedSnippetTests {

	/** The starter's setup as the page describes it, scanning this package for models and repositories. */
	private final ApplicationContextRunner application = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, CovetRelationsAutoConfiguration.class))
		.withBean(DataSource.class, GuideDatabase::dataSource)
		.withPropertyValues("covet.relations.model-packages=io.covet.relations.docs.gettingstarted",
				"covet.relations.repository-packages=io.covet.relations.docs.gettingstarted");

	@Test
	void repositoriesAndQuerySetsInAnApplication() {
		this.application.run(context -> {
			CovetRepository<Author, Long> authors = context.getBean(CovetRelations.class).repository(Author.class);
			PostRepository posts = context.getBean(PostRepository.class);

			Author ada = authors.save(new Author("Ada", "ada@example.com"));
			posts.save(new Post("Notes", ada));

			List<Post> adaPosts = posts.filter("author__name", "Ada").orderBy("-id").list();
			long count = authors.filter("posts__title__icontains", "notes").count();
			ada.posts().create(new Post("More notes", null));

			assertThat(adaPosts).hasSize(1);
			assertThat(count).isEqualTo(1);
			assertThat(posts.byAuthor("Ada")).hasSize(2);
			assertThat(posts.findByTitleContainingIgnoreCaseOrderByIdDesc("NOTES")).hasSize(2);
			assertThat(posts.findByAuthorName("Ada")).hasSize(2);
		});
	}

	@Test
	void withoutSpringBoot() {
		DataSource dataSource = GuideDatabase.dataSource();

		CovetRelations relations = CovetRelations.builder(dataSource)
				.models(Author.class, Post.class)
				.build();                 // detects the dialect, checks the models

		assertThat(relations.dialect().name()).isEqualTo("sqlite");
	}

	/** The page: repository(Post.class) is a plain CovetRepository; the factory implements PostRepository. */
	@Test
	void aRepositoryInterfaceWithoutSpringBoot() {
		CovetRelations relations = GuideDatabase.withTables(CovetRelations.builder(GuideDatabase.dataSource())
			.models(Author.class, Post.class)
			.build());
		Author ada = relations.repository(Author.class).save(new Author("Ada", "ada@example.com"));
		relations.repository(Post.class).save(new Post("Notes", ada));

		assertThat(relations.repository(Post.class)).isNotInstanceOf(PostRepository.class);
		PostRepository posts = CovetRepositoryFactoryBean.create(relations, PostRepository.class);
		assertThat(posts.findByAuthorName("Ada")).hasSize(1);
		assertThat(posts.byAuthor("Ada")).hasSize(1);
	}
}
