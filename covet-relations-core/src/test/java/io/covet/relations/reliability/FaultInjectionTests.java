package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/**
 * A cascading delete (20 authors, their 100 books and 100 reviews) broken at every statement of its transaction:
 * the connection killed by the server (PostgreSQL {@code pg_terminate_backend}, MariaDB {@code KILL CONNECTION}),
 * the waiting statement killed ({@code KILL QUERY}) or timed out (lock-wait timeout) on MariaDB, which abort only
 * the statement and leave the transaction open (the library must roll back, never commit), and a busy second writer
 * on SQLite. Every time: a Spring data-access or transaction exception, no partial state, and the next call works
 * (the broken connection is not reused). See {@link FaultedOperation} and {@link OperationFaultTests}.
 */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class FaultInjectionTests {

	@DatabaseTest
	void aCascadingDeleteBrokenAtEveryStatementLeavesNoPartialState(TestDatabase db) throws Exception {
		new FaultedOperation("cascading delete", FaultInjectionTests::data,
				relations -> relations.objects(Author.class).filter("name__startswith", "A").delete(), database -> {
					assertThat(database.repo(Author.class).count()).isZero();
					assertThat(database.repo(Book.class).count()).isZero();
					assertThat(database.repo(Review.class).count()).isZero();
				})
			.breakAtEveryStatement(db);
	}

	private static void data(TestDatabase db) {
		List<Author> authors = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			authors.add(new Author("A" + i));
		}
		db.repo(Author.class).bulkCreate(authors);
		List<Book> books = new ArrayList<>();
		for (Author author : authors) {
			for (int b = 0; b < 5; b++) {
				books.add(new Book("B" + b, author, b));
			}
		}
		db.repo(Book.class).bulkCreate(books);
		List<Review> reviews = new ArrayList<>();
		for (Book book : books) {
			reviews.add(new Review(book, 3, "r"));
		}
		db.repo(Review.class).bulkCreate(reviews);
	}
}
