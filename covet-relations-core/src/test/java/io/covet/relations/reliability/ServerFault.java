package io.covet.relations.reliability;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.TransactionException;

import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * What a database server can do to one session in the middle of a transaction, done for real from a second
 * connection. {@link #TERMINATE_BACKEND} and {@link #KILL_CONNECTION} break the connection; {@link #KILL_QUERY} and
 * {@link #LOCK_WAIT_TIMEOUT} abort only the statement and leave the connection and its transaction open, the trap
 * where a careless caller would go on and commit the first half of its work. {@link #LOCK_TIMEOUT} is PostgreSQL's
 * lock failure, which aborts the transaction as a whole.
 *
 * <p>The lock-based faults need a statement that is running: a blocker session locks every row of every
 * table that the victim has not locked yet ({@code FOR UPDATE SKIP LOCKED}, which also locks the gaps inserts go
 * into), so the victim's next statement that writes a row it does not already hold waits; that waiting statement is
 * then killed, or fails at once with a zero (PostgreSQL: one millisecond) lock timeout. A statement that only reads, or only touches rows the
 * victim already holds, does not wait and is not hit.
 */
enum ServerFault {

	/** PostgreSQL {@code pg_terminate_backend}, waiting until the backend is gone. */
	TERMINATE_BACKEND(TestTarget.POSTGRESQL, true, DataAccessException.class, TransactionException.class) {
		@Override
		Injection inject(TestDatabase db, Connection victim, long backend) throws SQLException {
			admin(db, "SELECT pg_terminate_backend(" + backend + ", 30000)");
			return Injection.NONE;
		}
	},

	/** MariaDB {@code KILL CONNECTION}. */
	KILL_CONNECTION(TestTarget.MARIADB, true, DataAccessException.class, TransactionException.class) {
		@Override
		Injection inject(TestDatabase db, Connection victim, long backend) throws SQLException {
			admin(db, "KILL CONNECTION " + backend);
			return Injection.NONE;
		}
	},

	/** MariaDB {@code KILL QUERY} of the victim's next statement that waits for a lock. */
	KILL_QUERY(TestTarget.MARIADB, false, QueryTimeoutException.class) {
		@Override
		Injection inject(TestDatabase db, Connection victim, long backend) throws SQLException {
			Connection blocker = blocker(db);
			Thread killer = new Thread(() -> killWhenWaiting(db, backend), "kill-query-" + backend);
			killer.setDaemon(true);
			killer.start();
			return () -> {
				killer.interrupt();
				join(killer);
				release(blocker);
			};
		}
	},

	/** MariaDB's lock-wait timeout (set to zero, so it fires at once) on the victim's next statement that waits. */
	LOCK_WAIT_TIMEOUT(TestTarget.MARIADB, false, CannotAcquireLockException.class) {
		@Override
		Injection inject(TestDatabase db, Connection victim, long backend) throws SQLException {
			return behindBlocker(db, victim, "SET SESSION innodb_lock_wait_timeout = 0",
					"SET SESSION innodb_lock_wait_timeout = DEFAULT");
		}
	},

	/**
	 * PostgreSQL's lock timeout (one millisecond) on the victim's next statement that waits: SQL state 55P03, which
	 * aborts the transaction (as any error there does) and must reach the caller as a lock failure, to be retried.
	 */
	LOCK_TIMEOUT(TestTarget.POSTGRESQL, false, CannotAcquireLockException.class) {
		@Override
		Injection inject(TestDatabase db, Connection victim, long backend) throws SQLException {
			return behindBlocker(db, victim, "SET lock_timeout = 1", "SET lock_timeout = DEFAULT");
		}
	};

	private final TestTarget target;

	private final boolean breaksConnection;

	private final Class<?>[] failures;

	ServerFault(TestTarget target, boolean breaksConnection, Class<?>... failures) {
		this.target = target;
		this.breaksConnection = breaksConnection;
		this.failures = failures;
	}

	/**
	 * The exceptions the caller may get: a statement-level fault's own translation; after a killed session usually a
	 * {@code TransactionSystemException}, because the rollback fails too (the statement's error is attached to it).
	 */
	Class<?>[] failures() {
		return this.failures.clone();
	}

	/** Strikes the session {@code backend} (whose connection is {@code victim}); the result undoes any helpers. */
	abstract Injection inject(TestDatabase db, Connection victim, long backend) throws SQLException;

	boolean appliesTo(TestDatabase db) {
		return db.is(this.target);
	}

	/** Whether the fault kills the session, so the pool must evict the connection. */
	boolean breaksConnection() {
		return this.breaksConnection;
	}

	/**
	 * Whether the fault hits the next statement whatever it is, so that it can be struck after the last statement
	 * too (the COMMIT then fails); the lock-based faults hit only statements that wait for a lock, and COMMIT never
	 * does.
	 */
	boolean hitsAnyStatement() {
		return this.breaksConnection;
	}

	/**
	 * Whether every write of the victim's, inserts of new rows included, meets the fault: a broken connection, or the
	 * MariaDB blocker's locks, which cover the gaps new rows go into. PostgreSQL's lock timeout meets only writes of
	 * rows the blocker locked (and the key checks against them).
	 */
	boolean waitsOnEveryWrite() {
		return this != LOCK_TIMEOUT;
	}

	/** The server's id of the session behind a connection. */
	static long backendId(TestDatabase db, Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery(
						db.is(TestTarget.POSTGRESQL) ? "SELECT pg_backend_pid()" : "SELECT CONNECTION_ID()")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	/** A connection of its own, outside every pool. */
	static Connection connect(TestDatabase db) throws SQLException {
		com.zaxxer.hikari.HikariDataSource pool = (com.zaxxer.hikari.HikariDataSource) db.dataSource();
		return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
	}

	private static void admin(TestDatabase db, String sql) throws SQLException {
		try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	/** Sets the victim's lock timeout and starts a blocker; the injection releases both. */
	private static Injection behindBlocker(TestDatabase db, Connection victim, String setTimeout, String resetTimeout)
			throws SQLException {
		try (Statement statement = victim.createStatement()) {
			statement.execute(setTimeout);
		}
		Connection blocker = blocker(db);
		return () -> {
			release(blocker);
			try (Statement statement = victim.createStatement()) {
				statement.execute(resetTimeout);
			}
			catch (SQLException ex) {
				throw new IllegalStateException(ex);
			}
		};
	}

	private static Connection blocker(TestDatabase db) throws SQLException {
		Connection blocker = connect(db);
		blocker.setAutoCommit(false);
		try (Statement statement = blocker.createStatement()) {
			for (ModelMeta<?> model : db.relations().registry().models()) {
				statement.executeQuery("SELECT 1 FROM " + db.dialect().quote(model.table()) + " FOR UPDATE SKIP LOCKED")
					.close();
			}
		}
		return blocker;
	}

	private static void release(Connection blocker) {
		try (blocker) {
			blocker.rollback();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Polls until the victim waits for a lock, then kills its statement; interrupted when the victim never waits. */
	private static void killWhenWaiting(TestDatabase db, long backend) {
		try (Connection connection = connect(db); Statement statement = connection.createStatement()) {
			while (!Thread.currentThread().isInterrupted()) {
				// InnoDB refreshes what INNODB_TRX shows only after 100 ms without reads of it (earlier reads get the
				// cached rows, perhaps of the previous strike): wait longer than that before every read.
				TimeUnit.MILLISECONDS.sleep(120);
				try (ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM information_schema.INNODB_TRX"
						+ " WHERE trx_state = 'LOCK WAIT' AND trx_mysql_thread_id = " + backend)) {
					rs.next();
					if (rs.getLong(1) > 0) {
						statement.execute("KILL QUERY " + backend);
						return;
					}
				}
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void join(Thread thread) {
		try {
			thread.join(TimeUnit.SECONDS.toMillis(30));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Undoes what an injection set up (a blocker's locks, a killer thread), once the victim's transaction ended. */
	@FunctionalInterface
	interface Injection {

		Injection NONE = () -> {
		};

		void release();
	}
}
