package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

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
 * A filter across a reverse relation is read from the related rows it names, not by testing every outer row. SQLite
 * ran the correlated EXISTS once per author even when the condition named one book (0.8 s over 50,000 authors); the
 * uncorrelated {@code id IN (SELECT author_id ...)} it now gets is planned from the books.
 */
@Models({ Author.class, Book.class, Profile.class, Publisher.class, Review.class })
class ReverseFilterPlanTests {

	private static final int AUTHORS = 5_000;

	private static final int BOOKS = 10_000;

	private final List<Author> authors = new ArrayList<>();

	private final List<Book> books = new ArrayList<>();

	private void seed(TestDatabase db) {
		for (int i = 0; i < AUTHORS; i++) {
			this.authors.add(new Author("author " + i));
		}
		db.repo(Author.class).bulkCreate(this.authors);
		for (int i = 0; i < BOOKS; i++) {
			this.books.add(new Book("book " + i, authorOf(i)));
		}
		db.repo(Book.class).bulkCreate(this.books);
		db.jdbc().execute(db.is(TestTarget.MARIADB) ? "ANALYZE TABLE author, book" : "ANALYZE");
	}

	private Author authorOf(int book) {
		return this.authors.get((int) (book * 7_919L % AUTHORS));
	}

	@DatabaseTest
	void oneNamedBookFindsItsAuthorWithoutVisitingTheOthers(TestDatabase db) {
		seed(db);
		QuerySet<Author> query = db.<Author, Long>repo(Author.class).objects().filter("books__title", "book 17");

		assertThat(query.list()).extracting(Author::getId).containsExactly(authorOf(17).getId());
		if (db.is(TestTarget.SQLITE)) {
			assertThat(SqlitePlans.firstStepBinding(db, query.sql(), "book 17")).matches("SEARCH t0\\b.*");
		}
	}

	@DatabaseTest
	void longListOfBookKeysFindsTheirAuthorsOnce(TestDatabase db) {
		seed(db);
		List<Long> wanted = new ArrayList<>();
		this.books.forEach(book -> wanted.add(book.getId()));
		Collections.shuffle(wanted, new Random(11));
		wanted.subList(2_000, wanted.size()).clear();
		Set<Long> wantedKeys = new HashSet<>(wanted);
		Set<Long> expected = new TreeSet<>();
		for (int i = 0; i < BOOKS; i++) {
			if (wantedKeys.contains(this.books.get(i).getId())) {
				expected.add(authorOf(i).getId());
			}
		}

		QuerySet<Author> query = db.<Author, Long>repo(Author.class).objects().filter("books__id__in", wanted);
		List<String> statements = db.queries().record(() -> assertThat(query.list()).extracting(Author::getId)
			.containsExactlyInAnyOrderElementsOf(expected));

		assertThat(statements).hasSize(1);
		assertThat(db.<Author, Long>repo(Author.class).objects().exclude("books__id__in", wanted).count())
			.isEqualTo(AUTHORS - expected.size());
		if (db.is(TestTarget.SQLITE)) {
			assertThat(SqlitePlans.firstStep(db, statements.get(0), wanted)).matches("SEARCH t0\\b.*");
		}
	}
}
