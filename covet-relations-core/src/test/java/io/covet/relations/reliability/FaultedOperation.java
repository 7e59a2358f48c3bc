package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.sql.Connection;
import java.sql.Statement;
import java.util.function.Consumer;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.TransactionException;

import io.covet.relations.CovetRelations;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * A multi-statement operation under fault injection: the data it needs, the call (made through a given
 * {@code CovetRelations}, so that a {@link FaultPoint} can watch its transaction) and what must hold after a clean
 * run. {@link #breakAtEveryStatement} strikes every {@link ServerFault} of the database at every point of the
 * operation's transaction and checks what must hold after each.
 *
 * @param name what the operation is, for messages
 * @param seed inserts the data, into emptied tables
 * @param run the operation
 * @param done asserts the result of a complete run
 */
record FaultedOperation(String name, Consumer<TestDatabase> seed, Consumer<CovetRelations> run,
		Consumer<TestDatabase> done) {

	/**
	 * Counts the operation's statements in a clean run, then for each fault of the database and each point from
	 * right after BEGIN to right after the last statement, reseeds, strikes and checks.
	 */
	void breakAtEveryStatement(TestDatabase db) throws Exception {
		if (db.is(TestTarget.SQLITE)) {
			busySecondWriter(db);
			return;
		}
		this.seed.accept(db);
		FaultPoint counter = new FaultPoint(db, null, -1);
		this.run.accept(counter.relations());
		int statements = counter.lastCount();
		this.done.accept(db);
		for (ServerFault fault : ServerFault.values()) {
			if (!fault.appliesTo(db)) {
				continue;
			}
			int hits = 0;
			int last = fault.hitsAnyStatement() ? statements : statements - 1;
			FaultPoint point = new FaultPoint(db, fault, -1);
			CovetRelations relations = point.relations();
			for (int at = 0; at <= last; at++) {
				db.truncateAll();
				this.seed.accept(db);
				TableSnapshot before = TableSnapshot.of(db);
				point.strikeAt(at);
				Throwable failure = catchThrowable(() -> this.run.accept(relations));
				String where = this.name + ", " + fault + " after statement " + at + " of " + statements;
				assertThat(point.struck()).as(where).isTrue();
				PoolProbe.assertNothingLeaked(db);
				if (failure == null) {
					// Only a statement that waits for a lock can be hit by the lock-based faults; none came after.
					assertThat(fault.hitsAnyStatement()).as(where + ": no failure").isFalse();
					this.done.accept(db);
					continue;
				}
				hits++;
				assertThat(failure).as(where).isInstanceOfAny(fault.failures());
				assertThat(TableSnapshot.of(db)).as(where).isEqualTo(before);
				if (fault.breaksConnection()) {
					PoolProbe.assertEvicted(db, point.backend());
				}
				this.run.accept(relations);
				this.done.accept(db);
			}
			System.out.printf("[faults] %s on %s, %s: %d statements, struck at %d points, %d failed whole%n",
					this.name, db, fault, statements, last + 1, hits);
			if (hits == 0 && !fault.waitsOnEveryWrite()) {
				// PostgreSQL's row locks leave the inserts of new rows alone: an operation that only inserts never waits.
				continue;
			}
			assertThat(hits).as(this.name + ", " + fault).isPositive();
		}
	}

	/** SQLite: a second connection holds the write lock, so the operation cannot begin; nothing changes. */
	private void busySecondWriter(TestDatabase db) throws Exception {
		this.seed.accept(db);
		TableSnapshot before = TableSnapshot.of(db);
		String impatient = ((com.zaxxer.hikari.HikariDataSource) db.dataSource()).getJdbcUrl()
			.replace("busy_timeout=10000", "busy_timeout=200");
		try (Connection writer = ServerFault.connect(db)) {
			writer.setAutoCommit(false);
			try (Statement statement = writer.createStatement()) {
				statement.execute("SELECT 1"); // in the IMMEDIATE transaction mode of the tests this holds the write lock
			}
			CovetRelations relations = db.build(new DriverManagerDataSource(impatient), builder -> {
			});
			assertThat(catchThrowable(() -> this.run.accept(relations))).as(this.name)
				.isInstanceOfAny(DataAccessException.class, TransactionException.class);
			writer.rollback();
		}
		assertThat(TableSnapshot.of(db)).isEqualTo(before);
		PoolProbe.assertNothingLeaked(db);
		this.run.accept(db.relations());
		this.done.accept(db);
	}
}
