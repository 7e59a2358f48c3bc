package io.covet.relations.docs.readme;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.covet.relations.CovetRelations;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.observation.QueryCounter;
import io.covet.relations.repository.CovetRepository;

class ReadmeSnippetTests {

	private final QueryCounter queries = new QueryCounter();

	private final CovetRelations relations = GuideDatabase.withTables(CovetRelations.builder(GuideDatabase.dataSource())
		.models(Author.class, Book.class)
		.statementListener(this.queries)
		.build());

	@Test
	void filtersAcrossTheReverseRelationAndAnswersFromThePrefetch() {
		Author ann = this.relations.<Author, Long>repository(Author.class).save(new Author("Ann"));
		Author bob = this.relations.<Author, Long>repository(Author.class).save(new Author("Bob"));
		this.relations.repository(Book.class).save(new Book("Spring in depth", ann));
		this.relations.repository(Book.class).save(new Book("Spring again", ann));
		this.relations.repository(Book.class).save(new Book("Winter", bob));

		int before = this.queries.total();

		CovetRepository<Author, Long> authors = relations.repository(Author.class);
		List<Author> withBooks = authors.objects()
				.filter("books__title__icontains", "spring")   // EXISTS, no duplicate rows
				.orderBy("name")
				.prefetchRelated("books")                      // one extra query for all authors
				.list();
		withBooks.get(0).books().all();                        // no query: answered from the prefetch

		assertThat(this.queries.total() - before).as("the filtered select and one prefetch").isEqualTo(2);
		assertThat(withBooks).extracting(Author::name).containsExactly("Ann");
		assertThat(withBooks.get(0).books().all()).extracting(Book::title)
			.containsExactlyInAnyOrder("Spring in depth", "Spring again");
	}
}
