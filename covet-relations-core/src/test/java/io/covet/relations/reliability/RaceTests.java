package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

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
 * Deletes racing inserts of children (no dangling row ever; a refused insert is a typed error), and two cascades
 * taking the same rows in opposite order (one deadlocks, gets a typed locking error and rolls back whole).
 */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class RaceTests {

	@DatabaseTest
	void deletesRacingChildInsertsLeaveNoDanglingRows(TestDatabase db) throws Exception {
		List<Author> authors = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			authors.add(new Author("A" + i));
		}
		db.repo(Author.class).bulkCreate(authors);
		AtomicInteger refused = new AtomicInteger();
		AtomicInteger lockVictims = new AtomicInteger();
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<?> deleter = pool.submit(() -> {
				for (Author author : authors.subList(0, 30)) {
					try {
						db.repo(Author.class).filter("id", author.getId()).delete();
					}
					catch (PessimisticLockingFailureException deadlockVictim) {
						lockVictims.incrementAndGet(); // rolled back whole; the cleanup below deletes it
					}
				}
				return null;
			});
			Future<?> inserter = pool.submit(() -> {
				Random random = new Random(3);
				for (int i = 0; i < 150; i++) {
					try {
						db.repo(Book.class).save(new Book("B" + i, authors.get(random.nextInt(30))));
					}
					catch (DataIntegrityViolationException parentGone) {
						refused.incrementAndGet();
					}
					catch (PessimisticLockingFailureException deadlockVictim) {
						// MariaDB: the insert's foreign-key check waits on the delete's locks and may be chosen as
						// the deadlock victim; the one-statement transaction is rolled back whole.
						lockVictims.incrementAndGet();
						refused.incrementAndGet();
					}
				}
				return null;
			});
			deleter.get(60, TimeUnit.SECONDS);
			inserter.get(60, TimeUnit.SECONDS);
		}
		finally {
			pool.shutdownNow();
		}
		db.repo(Author.class).filter("id__in", authors.subList(0, 30).stream().map(Author::getId).toList()).delete();
		long dangling = db.jdbc()
			.queryForObject("SELECT COUNT(*) FROM " + db.dialect().quote("book") + " b WHERE NOT EXISTS (SELECT 1 FROM "
					+ db.dialect().quote("author") + " a WHERE a." + db.dialect().quote("id") + " = b."
					+ db.dialect().quote("author_id") + ")", Long.class);
		assertThat(dangling).isZero();
		assertThat(db.repo(Book.class).count() + refused.get()).isLessThanOrEqualTo(150);
	}

	@DatabaseTest
	void oppositeOrderCascadesDeadlockAndTheLoserRollsBackWhole(TestDatabase db) throws Exception {
		if (db.is(TestTarget.SQLITE)) {
			return; // SQLite serializes writers at BEGIN: the second transaction waits, it cannot deadlock
		}
		Author first = db.<Author, Long>repo(Author.class).save(new Author("First"));
		Author second = db.<Author, Long>repo(Author.class).save(new Author("Second"));
		db.repo(Book.class).saveAll(List.of(new Book("f", first), new Book("s", second)));
		CyclicBarrier bothHoldOne = new CyclicBarrier(2);
		TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		List<Future<Object>> results = new ArrayList<>();
		try {
			for (Author[] order : new Author[][] { { first, second }, { second, first } }) {
				results.add(pool.submit(() -> {
					try {
						transactions.executeWithoutResult(status -> {
							db.repo(Author.class).filter("id", order[0].getId()).delete();
							await(bothHoldOne);
							db.repo(Author.class).filter("id", order[1].getId()).delete();
						});
						return "committed";
					}
					catch (PessimisticLockingFailureException deadlock) {
						return deadlock;
					}
				}));
			}
			List<Object> outcomes = new ArrayList<>();
			for (Future<Object> result : results) {
				outcomes.add(result.get(60, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn(outcome -> outcome instanceof PessimisticLockingFailureException).hasSize(1);
			assertThat(outcomes).filteredOn("committed"::equals).hasSize(1);
		}
		finally {
			pool.shutdownNow();
		}
		// The winner deleted both authors and their books; nothing of the loser's half-done work remains.
		assertThat(db.repo(Author.class).count()).isZero();
		assertThat(db.repo(Book.class).count()).isZero();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}
}
