package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

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
}
