package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
			int expectedChunks = db.is(TestTarget.POSTGRESQL) ? (size == 0 ? 0 : 1) : (size + chunk - 1) / chunk;
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
		assertThat(deleteStatements).as("statements to delete 100,000 authors").isLessThanOrEqualTo(25);
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
		// The delete selects the keys with the long list, then the collector chunks them as usual (6 statements with
		// one chunk; SQLite's 32,666-key chunks make two of each keyed statement).
		int chunks = db.is(TestTarget.POSTGRESQL) ? 1 : (35_000 + db.dialect().maxKeysPerInList() - 1) / db.dialect().maxKeysPerInList();
		assertThat(db.queries().count(() -> assertThat(authors.filter("id__in", everyOther).delete().total())
			.isEqualTo(35_000))).as("statements of the delete").isEqualTo(1 + 5 * chunks);
		assertThat(authors.count()).isEqualTo(35_000);
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
