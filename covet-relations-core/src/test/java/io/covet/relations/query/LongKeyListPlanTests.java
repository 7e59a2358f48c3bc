package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.SqlitePlans;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/**
 * A join filtered by a long key list on the many side's primary key keeps that table in the outer loop, whatever the
 * planner's statistics say. With statistics from {@code ANALYZE}, SQLite planned such a join with 2,000 keys bound one
 * by one as a loop over every author that probed all 2,000 keys per author; the list as one
 * JSON array is planned from the keys.
 */
@Models({ Author.class, Book.class, Profile.class, Publisher.class, Review.class })
class LongKeyListPlanTests {

	private static final int AUTHORS = 5_000;

	private static final int BOOKS = 10_000;

	private static final int WANTED = 2_000;

	@DatabaseTest
	void joinsFromTheListedRowsWhateverTheStatistics(TestDatabase db) {
		List<Author> authors = new ArrayList<>();
		for (int i = 0; i < AUTHORS; i++) {
			authors.add(new Author("author " + i));
		}
		db.repo(Author.class).bulkCreate(authors);
		List<Book> books = new ArrayList<>();
		for (int i = 0; i < BOOKS; i++) {
			books.add(new Book("book " + i, authors.get((int) (i * 7_919L % AUTHORS))));
		}
		db.repo(Book.class).bulkCreate(books);
		db.jdbc().execute(db.is(TestTarget.MARIADB) ? "ANALYZE TABLE author, book" : "ANALYZE");
		List<Long> wanted = new ArrayList<>();
		books.forEach(book -> wanted.add(book.getId()));
		Collections.shuffle(wanted, new Random(7));
		wanted.subList(WANTED, wanted.size()).clear();

		List<Book> loaded = new ArrayList<>();
		List<String> statements = db.queries()
			.record(() -> loaded.addAll(db.<Book, Long>repo(Book.class).objects().selectRelated("author")
				.filter("id__in", wanted).list()));

		assertThat(statements).hasSize(1);
		assertThat(loaded).extracting(Book::getId).containsExactlyInAnyOrderElementsOf(wanted);
		assertThat(loaded).allSatisfy(book -> assertThat(book.author().isLoaded()).isTrue());
		if (db.is(TestTarget.SQLITE)) {
			assertThat(SqlitePlans.firstStep(db, statements.get(0), wanted)).matches("SEARCH t0\\b.*");
		}
	}
}
