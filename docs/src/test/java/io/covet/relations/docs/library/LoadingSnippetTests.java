package io.covet.relations.docs.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.covet.relations.CovetRelations;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.observation.QueryCounter;
import io.covet.relations.query.Prefetch;
import io.covet.relations.repository.CovetRepository;

/** loading.md, with the statement counts its comments promise. */
class LoadingSnippetTests {

	private final QueryCounter counter = new QueryCounter();

	private final Library library = new Library(
			CovetRelations.builder(GuideDatabase.dataSource()).models(Library.MODELS).statementListener(this.counter).build(),
			12);

	@Test
	void selectRelatedJoins() {
		CovetRepository<Book, Long> books = this.library.books;

		int before = this.counter.total();

		List<Book> joined =
		books.objects().selectRelated("author", "author__publisher").list();   // 1 statement

		assertThat(this.counter.total() - before).isEqualTo(1);
		assertThat(joined.get(0).author().get().publisher.get().name).isEqualTo("Acme");
	}

	@Test
	void prefetchRelatedTakesOneStatementPerLevel() {
		CovetRepository<Author, Long> authors = this.library.authors;

		int before = this.counter.total();

		List<Author> loaded =
		authors.objects().prefetchRelated("books", "books__reviews").list();   // 3 statements, whatever the row counts

		assertThat(this.counter.total() - before).isEqualTo(3);
		assertThat(loaded).extracting(author -> author.books.all().size()).containsExactlyInAnyOrder(12, 1);
	}

	@Test
	void prefetchNarrowsAndRedirectsALevel() {
		CovetRepository<Author, Long> authors = this.library.authors;
		CovetRepository<Book, Long> books = this.library.books;

		List<Author> loaded =
		authors.objects().prefetchRelated(
				new Prefetch("books", books.filter("pages__gt", 300).orderBy("title"), "longBooks"))
			.list();   // each Author's @Transient List<Book> longBooks holds only long books

		assertThat(loaded).filteredOn(author -> author.name.equals("Bob"))
			.singleElement()
			.satisfies(bob -> assertThat(bob.longBooks).extracting(book -> book.title).containsExactly("Bob's"));
		assertThat(loaded).filteredOn(author -> author.name.equals("Ann")).singleElement()
			.satisfies(ann -> assertThat(ann.longBooks).isEmpty());
	}

	@Test
	void countingQueries() {
		DataSource dataSource = GuideDatabase.dataSource();

		QueryCounter queries = new QueryCounter();
		CovetRelations relations = CovetRelations.builder(dataSource)
				.models(Publisher.class, Author.class, Book.class, Review.class)
				.statementListener(queries)
				.build();

		CovetRepository<Author, Long> authors = new Library(relations, 2).authors;

		queries.assertNumQueries(2, () -> authors.objects().prefetchRelated("books").list());
	}
}
