package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class SmokeIntegrationTests {

	@DatabaseTest
	void savesQueriesAndPrefetches(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		CovetRepository<Book, Long> books = db.repo(Book.class);
		Author ann = authors.save(new Author("Ann", 40));
		Author bob = authors.save(new Author("Bob", 30));
		books.save(new Book("Alpha", ann, 100));
		books.save(new Book("Beta", ann, 200));
		books.save(new Book("Gamma", bob, 300));

		assertThat(books.filter("author__name", "Ann").count()).isEqualTo(2);
		assertThat(authors.filter("books__title__startswith", "G").list()).extracting(Author::getName).containsExactly("Bob");
		assertThat(authors.filter("books__pages__gte", 100).count()).isEqualTo(2);

		List<Author> loaded = db.queries().assertNumQueries(2,
				() -> authors.objects().orderBy("name").prefetchRelated("books").list());
		assertThat(loaded.get(0).books().all()).extracting(Book::getTitle).containsExactlyInAnyOrder("Alpha", "Beta");

		List<Book> withAuthors = db.queries().assertNumQueries(1,
				() -> books.objects().selectRelated("author").orderBy("title").list());
		assertThat(withAuthors).extracting(book -> book.getAuthor().getName()).containsExactly("Ann", "Ann", "Bob");
	}

	@DatabaseTest
	void prefetchesThousandAuthorsWithTenThousandBooksInTwoQueries(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		List<Author> created = new ArrayList<>();
		for (int i = 0; i < 1000; i++) {
			created.add(new Author("Author " + i));
		}
		authors.bulkCreate(created);
		List<Book> books = new ArrayList<>();
		for (Author author : created) {
			for (int b = 0; b < 10; b++) {
				books.add(new Book("Book " + b, author, b));
			}
		}
		db.repo(Book.class).bulkCreate(books);
		List<Author> loaded = db.queries().assertNumQueries(2, () -> authors.objects().prefetchRelated("books").list());
		assertThat(loaded).hasSize(1000);
		assertThat(loaded).allSatisfy(author -> assertThat(author.books().all()).hasSize(10));
	}
}
