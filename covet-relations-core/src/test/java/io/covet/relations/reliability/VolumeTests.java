package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/**
 * Key lists of 0 to 100,000 keys, above SQLite's 32,766 and the 65,535 of PostgreSQL and MariaDB: prefetches,
 * findAllById and cascading deletes run without driver errors, in exactly the statements the chunking formula gives.
 */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class VolumeTests {

	private static final int[] SIZES = { 0, 1, 999, 1_000, 32_767, 65_536, 100_000 };

	@DatabaseTest
	void keyListsOfEverySizeAreChunkedUnderTheParameterCap(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		List<Author> all = new ArrayList<>();
		for (int i = 0; i < 100_000; i++) {
			all.add(new Author("A" + i));
		}
		authors.bulkCreate(all);
		int chunk = db.relations().context().keyChunkSize();
		for (int size : SIZES) {
			List<Long> keys = new ArrayList<>();
			for (int i = 0; i < size; i++) {
				keys.add(all.get(i).getId());
			}
			// One array (PostgreSQL) or one JSON array (SQLite 3.38+) carries any number of keys.
			int expectedChunks = db.dialect().readsAnyNumberOfKeys(Long.class) ? (size == 0 ? 0 : 1)
					: (size + chunk - 1) / chunk;
			List<Author> found = new ArrayList<>();
			int statements = db.queries().count(() -> found.addAll(authors.findAllById(keys)));
			assertThat(found).as("findAllById(%d)", size).hasSize(size);
			assertThat(statements).as("statements for findAllById(%d)", size).isEqualTo(expectedChunks);
			if (size > 0) {
				int prefetch = db.queries().count(() -> authors.filter("pk__lte", keys.get(size - 1)).prefetchRelated("books").list());
				assertThat(prefetch).as("statements for prefetching %d", size).isEqualTo(1 + expectedChunks);
			}
		}
		int deleteStatements = db.queries().count(() -> assertThat(authors.objects().delete().total()).isEqualTo(100_000));
		authors.bulkCreate(List.of(new Author("a"), new Author("b")));
		int smallDeleteStatements = db.queries().count(() -> assertThat(authors.objects().delete().total()).isEqualTo(2));
		// One array (PostgreSQL) or one JSON list (SQLite, MariaDB) per keyed statement: no chunks.
		assertThat(deleteStatements).as("statements to delete 100,000 authors").isEqualTo(smallDeleteStatements);
	}

	/**
	 * Reads and writes by keys of a type no array or JSON list carries go as IN-lists, so they are chunked under the
	 * cap even on PostgreSQL, whose unlimited chunk size holds only for the key types its arrays take.
	 */
	@DatabaseTest
	void keysOfATypeWithoutAnArrayAreChunkedUnderTheCap(TestDatabase db) {
		int cap = db.dialect().maxKeysPerInList();
		assertThat(db.dialect().readsAnyNumberOfKeys(BigDecimal.class)).isFalse();
		assertThat(db.relations().context().readChunkSize(BigDecimal.class)).isBetween(1, cap);
		assertThat(db.relations().context().keyChunkSize(BigDecimal.class)).isBetween(1, cap);
		assertThat(db.relations().context().keyChunkSize()).isBetween(1, cap);
		assertThat(db.relations().context().keyChunkSize(Long.class)).isEqualTo(db.dialect().bindsKeysAsArray(Long.class)
				? Integer.MAX_VALUE : db.relations().context().keyChunkSize());
		int longChunk = db.relations().context().readChunkSize(Long.class);
		if (db.dialect().readsAnyNumberOfKeys(Long.class)) {
			assertThat(longChunk).isEqualTo(Integer.MAX_VALUE);
		}
		else {
			assertThat(longChunk).isBetween(1, cap);
		}
	}

	/**
	 * A filter's IN-list above the cap: one array parameter on PostgreSQL, one JSON array parameter on SQLite and
	 * MariaDB; one statement whatever the length, and the same rows as the same filter in small pieces.
	 */
	@DatabaseTest
	void filtersTakeKeyListsAboveTheParameterCapInOneStatement(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		List<Author> all = new ArrayList<>();
		for (int i = 0; i < 70_000; i++) {
			all.add(new Author("A" + i));
		}
		authors.bulkCreate(all);
		List<Long> everyOther = new ArrayList<>();
		for (int i = 0; i < all.size(); i += 2) {
			everyOther.add(all.get(i).getId());
		}
		everyOther.add(-1L); // matches nothing
		int[] counts = new int[2];
		int statements = db.queries().count(() -> {
			counts[0] = (int) authors.filter("id__in", everyOther).count();
			counts[1] = (int) authors.objects().exclude("id__in", everyOther).count();
		});
		assertThat(counts).containsExactly(35_000, 35_000);
		assertThat(statements).isEqualTo(2);
		assertThat(authors.filter("id__in", everyOther).filter("name__in", List.of("A0", "A1", "A2")).list())
			.extracting(Author::getName)
			.containsExactly("A0", "A2");
		// The delete selects and locks the keys with the long list, then each keyed statement of the collector binds
		// them as one array or JSON list: 5 statements, as for a handful of rows.
		assertThat(db.queries().count(() -> assertThat(authors.filter("id__in", everyOther).delete().total())
			.isEqualTo(35_000))).as("statements of the delete").isEqualTo(5);
		assertThat(authors.count()).isEqualTo(35_000);
	}

	/**
	 * A cascade whose every keyed statement carries more keys than one IN-list may (70,000): CASCADE deletes and
	 * SET_NULL updates bind them as one array (PostgreSQL) or one JSON list (SQLite; MariaDB joins it, since its
	 * single-table changes would scan for {@code IN (subquery)}), so the delete takes the statements of a small one.
	 */
	@DatabaseTest
	void cascadesAboveTheParameterCapTakeTheStatementsOfASmallOne(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		CovetRepository<Book, Long> books = db.repo(Book.class);
		Publisher small = db.repo(Publisher.class).save(new Publisher("small"));
		Publisher big = db.repo(Publisher.class).save(new Publisher("big"));
		Author kept = authors.save(new Author("kept"));
		seedAuthorsOf(db, small, kept, 2);
		int smallStatements = db.queries().count(() -> assertThat(authors.filter("publisher", small).delete().total()).isEqualTo(4));
		seedAuthorsOf(db, big, kept, 70_000);
		int bigStatements = db.queries()
			.count(() -> assertThat(authors.filter("publisher", big).delete().total()).isEqualTo(140_000));
		assertThat(bigStatements).as("statements for 70,000 authors").isEqualTo(smallStatements);
		assertThat(authors.count()).isEqualTo(1);
		assertThat(books.count()).as("the kept author's books").isEqualTo(70_002);
		assertThat(books.filter("editor__isnull", true).count()).as("editors set to NULL").isEqualTo(70_002);
	}

	/** {@code count} authors of the publisher, each with a book and editing one of the kept author's. */
	private static void seedAuthorsOf(TestDatabase db, Publisher publisher, Author kept, int count) {
		List<Author> doomed = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Author author = new Author(publisher.getName() + " " + i);
			author.setPublisher(publisher);
			doomed.add(author);
		}
		db.repo(Author.class).bulkCreate(doomed);
		List<Book> created = new ArrayList<>();
		for (Author author : doomed) {
			created.add(new Book("by " + author.getName(), author));
			Book edited = new Book("edited by " + author.getName(), kept);
			edited.setEditor(author);
			created.add(edited);
		}
		db.repo(Book.class).bulkCreate(created);
	}

	/** Text keys above the cap, with characters JSON must escape: SQLite unpacks them; MariaDB refuses with a typed error. */
	@DatabaseTest
	void textKeyListsAboveTheParameterCap(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		List<String> names = List.of("plain", "quote\"d", "back\\slash", "new\nline", "tab\tand\u0001", "naïve ☃");
		names.forEach(name -> authors.save(new Author(name)));
		List<String> wanted = new ArrayList<>(names);
		for (int i = 0; wanted.size() <= 70_000; i++) {
			wanted.add("absent " + i);
		}
		if (db.is(TestTarget.MARIADB)) {
			assertThatThrownBy(() -> authors.filter("name__in", wanted).count()).isInstanceOf(InvalidQueryException.class)
				.hasMessageContaining("Author.name");
			return;
		}
		assertThat(authors.filter("name__in", wanted).list()).extracting(Author::getName)
			.containsExactlyInAnyOrderElementsOf(names);
	}
}
