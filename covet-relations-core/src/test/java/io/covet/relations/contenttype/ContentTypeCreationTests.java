package io.covet.relations.contenttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.UnknownContentTypeException;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * A content type's row is created on first use, often inside the caller's transaction. Before, a rollback left its id
 * cached, and every later save of a generic key to that model failed on the foreign key; and a second process creating
 * the same row at once failed (PostgreSQL: its transaction aborted by the caught duplicate key; MariaDB: a duplicate
 * key). Two models with the same natural key shared one content type.
 */
@Models({ ContentTypeCreationTests.Lonely.class, ContentTypeCreationTests.Sticker.class,
		ContentTypeCreationTests.Badge.class })
class ContentTypeCreationTests {

	@Model(table = "ctc_lonely")
	static class Lonely {
		@Id
		Long id;
		String name;
	}

	@Model(table = "ctc_sticker")
	static class Sticker {
		@Id
		Long id;
		String label;
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();

		Sticker() {
		}

		Sticker(String label, Object target) {
			this.label = label;
			this.target = GenericRef.to(target);
		}
	}

	/** A generic key on a model with a unique column, whose create can fail after making a content type. */
	@Model(table = "ctc_badge")
	static class Badge {
		@Id
		Long id;
		@Column(unique = true)
		String code;
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();
	}

	/** A fresh registry (empty cache) and no row for {@link Lonely} yet, with one saved object. */
	private static Lonely withoutLonelysContentType(TestDatabase db) {
		db.jdbc().update("DELETE FROM ctc_sticker");
		db.jdbc().update("DELETE FROM covet_content_type WHERE model = ?", "lonely");
		Lonely lonely = new Lonely();
		lonely.name = "alone";
		db.relations().repository(Lonely.class).save(lonely);
		return lonely;
	}

	@DatabaseTest
	void aContentTypeCreatedInATransactionThatRollsBackIsNotRemembered(TestDatabase db) {
		Lonely lonely = withoutLonelysContentType(db);
		CovetRelations relations = db.build(builder -> {
		});
		assertThatThrownBy(() -> relations.inTransaction(() -> {
			relations.repository(Sticker.class).save(new Sticker("first", lonely));
			// Asked again in the same transaction: its own row, not yet committed.
			assertThat(relations.context().contentTypes().idFor(Lonely.class))
				.isEqualTo(relations.objects(Sticker.class).get().contentType.id());
			throw new IllegalStateException("rolled back");
		})).hasMessage("rolled back");
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM covet_content_type WHERE model = 'lonely'", Long.class))
			.isZero();

		Sticker second = relations.<Sticker, Long>repository(Sticker.class).save(new Sticker("second", lonely));
		assertThat(relations.objects(Sticker.class).get().target.fetch()).isInstanceOf(Lonely.class);
		assertThat(second.contentType.id()).isEqualTo(
				db.jdbc().queryForObject("SELECT id FROM covet_content_type WHERE model = 'lonely'", Long.class));
	}

	@DatabaseTest
	void aContentTypeCreatedInACommittedTransactionIsRememberedAfterTheCommit(TestDatabase db) {
		Lonely lonely = withoutLonelysContentType(db);
		CovetRelations relations = db.build(builder -> {
		});
		relations.inTransaction(() -> {
			relations.repository(Sticker.class).save(new Sticker("kept", lonely));
		});
		long id = relations.context().contentTypes().idFor(Lonely.class);
		db.queries().reset();
		assertThat(relations.context().contentTypes().idFor(Lonely.class)).isEqualTo(id);
		assertThat(db.queries().total()).isZero();
	}

	/**
	 * {@code getOrCreate} creates in a savepoint: a create that makes Lonely's content type and then breaks a unique
	 * column rolls the row back. Before, its id stayed remembered by the transaction and was cached at the commit, so
	 * every later generic key to Lonely failed on the foreign key (all databases).
	 */
	@DatabaseTest
	void aContentTypeCreatedInAGetOrCreateThatFailsIsNotRemembered(TestDatabase db) {
		Lonely lonely = withoutLonelysContentType(db);
		CovetRelations relations = db.build(builder -> {
		});
		relations.objects(Badge.class).create(Map.of("code", "taken"));
		relations.inTransaction(() -> {
			assertThatThrownBy(() -> relations.objects(Badge.class)
				.getOrCreate(Map.of("code", "taken2"), Map.of("code", "taken"), badge -> badge.target = GenericRef.to(lonely)))
				.isInstanceOf(DataIntegrityViolationException.class);
			// getOrCreate's promise: the transaction stays usable, generic keys to Lonely included.
			relations.repository(Sticker.class).save(new Sticker("inside", lonely));
		});
		relations.repository(Sticker.class).save(new Sticker("after", lonely));
		assertThat(db.rows("ctc_sticker")).isEqualTo(2);
		assertThat(relations.context().contentTypes().idFor(Lonely.class)).isEqualTo(
				db.jdbc().queryForObject("SELECT id FROM covet_content_type WHERE model = 'lonely'", Long.class));
	}

	/** The same through a caller's PROPAGATION_NESTED (all databases failed before). */
	@DatabaseTest
	void aContentTypeCreatedInACallersSavepointThatRollsBackIsNotRemembered(TestDatabase db) {
		Lonely lonely = withoutLonelysContentType(db);
		JdbcTransactionManager manager = new JdbcTransactionManager(db.dataSource());
		CovetRelations relations = db.build(builder -> builder.transactionManager(manager));
		TransactionTemplate nested = new TransactionTemplate(manager);
		nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		new TransactionTemplate(manager).executeWithoutResult(outer -> {
			assertThatThrownBy(() -> nested.executeWithoutResult(savepoint -> {
				relations.repository(Sticker.class).save(new Sticker("in the savepoint", lonely));
				throw new IllegalStateException("rolled back to the savepoint");
			})).hasMessage("rolled back to the savepoint");
			relations.repository(Sticker.class).save(new Sticker("after the savepoint", lonely));
			// Its own new row, not committed yet, resolves in the transaction.
			assertThat(relations.objects(Sticker.class).get().target.fetch()).isInstanceOf(Lonely.class);
		});
		relations.repository(Sticker.class).save(new Sticker("after the commit", lonely));
		assertThat(db.rows("ctc_sticker")).isEqualTo(2);
		assertThat(relations.context().contentTypes().idFor(Lonely.class)).isEqualTo(
				db.jdbc().queryForObject("SELECT id FROM covet_content_type WHERE model = 'lonely'", Long.class));
	}

	/**
	 * A REQUIRES_NEW transaction cannot refer to a content-type row its suspended outer transaction created: it is not
	 * committed. Before, the inner one was handed the outer one's id: a foreign-key violation on PostgreSQL, a 50 s
	 * lock wait on MariaDB. Now it is refused at once; once the outer one commits, the id is everyone's. (SQLite
	 * has one writer: the inner transaction cannot even begin while the outer one has written.)
	 */
	@DatabaseTest
	void aRequiresNewTransactionIsRefusedTheUncommittedRowOfItsSuspendedTransaction(TestDatabase db) {
		if (db.is(TestTarget.SQLITE)) {
			return;
		}
		Lonely lonely = withoutLonelysContentType(db);
		JdbcTransactionManager manager = new JdbcTransactionManager(db.dataSource());
		CovetRelations relations = db.build(builder -> builder.transactionManager(manager));
		TransactionTemplate inner = new TransactionTemplate(manager);
		inner.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		new TransactionTemplate(manager).executeWithoutResult(outer -> {
			relations.repository(Sticker.class).save(new Sticker("outer", lonely));
			long started = System.nanoTime();
			assertThatThrownBy(() -> inner
				.executeWithoutResult(status -> relations.repository(Sticker.class).save(new Sticker("inner", lonely))))
				.isInstanceOf(UnknownContentTypeException.class)
				.hasMessageContaining("suspended");
			assertThat(System.nanoTime() - started).isLessThan(TimeUnit.SECONDS.toNanos(10));
			relations.repository(Sticker.class).save(new Sticker("outer again", lonely));
		});
		new TransactionTemplate(manager).executeWithoutResult(outer -> inner
			.executeWithoutResult(status -> relations.repository(Sticker.class).save(new Sticker("inner, later", lonely))));
		assertThat(db.rows("ctc_sticker")).isEqualTo(3);
	}

	/**
	 * One registry shared by two threads. The second waits in the database for the content-type row the first one's
	 * transaction created; the first then needs the registry again. Before, the second waited while holding the
	 * registry's lock: on PostgreSQL both hung for ever, on MariaDB and SQLite the second failed on its lock timeout.
	 */
	@DatabaseTest
	void aCreatorWaitingForAnotherTransactionsRowDoesNotBlockThatTransaction(TestDatabase db) throws Exception {
		Lonely lonely = withoutLonelysContentType(db);
		db.jdbc().update("DELETE FROM covet_content_type WHERE model = ?", "sticker");
		CovetRelations shared = db.build(builder -> {
		});
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		AtomicReference<Throwable> firstFailure = new AtomicReference<>();
		AtomicReference<Throwable> secondFailure = new AtomicReference<>();
		AtomicLong firstBackend = new AtomicLong();
		Thread one = new Thread(() -> {
			try {
				shared.inTransaction(() -> {
					shared.repository(Sticker.class).save(new Sticker("one", lonely));
					if (db.is(TestTarget.POSTGRESQL)) {
						firstBackend.set(shared.context().executor().jdbcTemplate()
							.queryForObject("SELECT pg_backend_pid()", Long.class));
					}
					firstInserted.countDown();
					await(releaseFirst);
					// A lookup that misses the cache (no row for Sticker), as a delete's cascade makes.
					assertThat(shared.context().contentTypes().existingId(shared.meta(Sticker.class))).isEmpty();
				});
			}
			catch (Throwable ex) {
				firstFailure.set(ex);
				firstInserted.countDown();
			}
		});
		Thread two = new Thread(() -> {
			try {
				await(firstInserted);
				shared.repository(Sticker.class).save(new Sticker("two", lonely));
			}
			catch (Throwable ex) {
				secondFailure.set(ex);
			}
		});
		one.start();
		two.start();
		await(firstInserted);
		try {
			awaitWaitingForTheContentTypeRow(db, two);
		}
		finally {
			releaseFirst.countDown();
		}
		one.join(20_000);
		boolean blocked = one.isAlive();
		if (blocked && db.is(TestTarget.POSTGRESQL)) {
			// Nothing ends that wait on PostgreSQL: cancel the statement waiting for the first transaction.
			db.jdbc().queryForList("SELECT pg_cancel_backend(pid) FROM pg_stat_activity"
					+ " WHERE CAST(? AS integer) = ANY(pg_blocking_pids(pid))", firstBackend.get());
		}
		one.join(90_000);
		two.join(90_000);

		assertThat(blocked).as("the first transaction blocked by the second's wait").isFalse();
		assertThat(firstFailure.get()).isNull();
		assertThat(secondFailure.get()).as("the second's failure").isNull();
		assertThat(db.rows("ctc_sticker")).isEqualTo(2);
	}

	@DatabaseTest
	void twoProcessesCreatingTheSameContentTypeAtOnceBothSucceed(TestDatabase db) throws Exception {
		Lonely lonely = withoutLonelysContentType(db);
		CovetRelations first = db.build(builder -> {
		});
		CovetRelations second = db.build(builder -> {
		});
		CountDownLatch firstInserted = new CountDownLatch(1);
		CountDownLatch releaseFirst = new CountDownLatch(1);
		AtomicReference<Throwable> firstFailure = new AtomicReference<>();
		AtomicReference<Throwable> secondFailure = new AtomicReference<>();
		Thread one = new Thread(() -> {
			try {
				first.inTransaction(() -> {
					first.repository(Sticker.class).save(new Sticker("one", lonely));
					firstInserted.countDown();
					await(releaseFirst);
				});
			}
			catch (Throwable ex) {
				firstFailure.set(ex);
				firstInserted.countDown();
			}
		});
		Thread two = new Thread(() -> {
			try {
				await(firstInserted);
				second.inTransaction(() -> {
					// Reads the table first, as a transaction would that had done other work.
					second.objects(Lonely.class).count();
					second.repository(Sticker.class).save(new Sticker("two", lonely));
				});
			}
			catch (Throwable ex) {
				secondFailure.set(ex);
			}
		});
		one.start();
		two.start();
		await(firstInserted);
		try {
			// The second transaction must reach the content type's row, held by the first, before the first commits.
			awaitWaitingForTheContentTypeRow(db, two);
		}
		finally {
			releaseFirst.countDown();
		}
		one.join(30_000);
		two.join(30_000);

		assertThat(firstFailure.get()).isNull();
		assertThat(secondFailure.get()).as("the second transaction's failure").isNull();
		assertThat(db.rows("ctc_sticker")).isEqualTo(2);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM covet_content_type WHERE model = 'lonely'", Long.class))
			.isEqualTo(1);
		assertThat(first.context().contentTypes().idFor(Lonely.class))
			.isEqualTo(second.context().contentTypes().idFor(Lonely.class));
	}

	/**
	 * Returns once another connection waits for a lock on the content-type table: seen in the server's own view on
	 * PostgreSQL and MariaDB (failing if it never happens), while on SQLite, whose lock waits in the driver's busy
	 * handler show nowhere, after half a second.
	 */
	private static void awaitWaitingForTheContentTypeRow(TestDatabase db, Thread waiter) throws InterruptedException {
		String waiting = switch (db.target()) {
			case POSTGRESQL -> "SELECT COUNT(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
					+ " AND datname = current_database() AND query LIKE '%covet_content_type%'";
			// A statement still running on the content-type table (INNODB_TRX does not always list the waiter).
			case MARIADB -> "SELECT COUNT(*) FROM information_schema.PROCESSLIST WHERE DB = DATABASE()"
					+ " AND ID <> CONNECTION_ID() AND INFO LIKE '%covet_content_type%'";
			case SQLITE -> null;
		};
		if (waiting == null) {
			Thread.sleep(500);
			return;
		}
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
		while (waiter.isAlive() && db.jdbc().queryForObject(waiting, Long.class) == 0) {
			assertThat(System.nanoTime()).as("the second transaction waiting for the content type's row").isLessThan(deadline);
			Thread.sleep(20);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Two models whose natural keys (namespace and class name) are the same. */
	static class First {
		@Model(table = "ctc_first_thing", namespace = "ctc")
		static class Thing {
			@Id
			Long id;
		}
	}

	static class Second {
		@Model(table = "ctc_second_thing", namespace = "ctc")
		static class Thing {
			@Id
			Long id;
		}
	}

	@DatabaseTest
	void twoModelsWithOneNaturalKeyAreRefused(TestDatabase db) {
		assertThatThrownBy(
				() -> CovetRelations.builder(db.dataSource()).models(First.Thing.class, Second.Thing.class).build())
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("the same natural key 'ctc.thing'")
			.hasMessageContaining("@Model(namespace = ...)");
	}

	/** Two models whose natural keys differ only in the namespace's case. */
	static class Upper {
		@Model(table = "ctc_upper_item", namespace = "Shop")
		static class Item {
			@Id
			Long id;
		}
	}

	static class Lower {
		@Model(table = "ctc_lower_item", namespace = "shop")
		static class Item {
			@Id
			Long id;
		}
	}

	/**
	 * A case-insensitive collation of covet_content_type (MariaDB's default, when a migration tool makes the table)
	 * takes 'Shop.item' and 'shop.item' as one row: the second model's insert was skipped and both got its id.
	 * Accepted before, on every database.
	 */
	@DatabaseTest
	void twoModelsWhoseNaturalKeysDifferOnlyInCaseAreRefused(TestDatabase db) {
		assertThatThrownBy(
				() -> CovetRelations.builder(db.dataSource()).models(Upper.Item.class, Lower.Item.class).build())
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("differ only in case")
			.hasMessageContaining("'Shop.item'")
			.hasMessageContaining("'shop.item'")
			.hasMessageContaining("@Model(namespace = ...)");
	}
}
