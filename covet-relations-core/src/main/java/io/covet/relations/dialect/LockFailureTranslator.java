package io.covet.relations.dialect;

import java.sql.SQLException;
import java.util.function.Predicate;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Translates a database's lock failure, which Spring's default translator (by exception subclass and SQL state) leaves
 * uncategorized, into a {@link CannotAcquireLockException}, so that callers retrying lock failures recognise it:
 * MariaDB's lock-wait timeout (error 1205, SQL state {@code HY000}), which aborts only the statement and leaves the
 * transaction open (the library rolls it back like after any other error), and PostgreSQL's lock timeout (SQL state
 * {@code 55P03}, {@code lock_timeout}), which aborts the transaction.
 */
final class LockFailureTranslator implements SQLExceptionTranslator {

	/** MariaDB's and MySQL's {@code ER_LOCK_WAIT_TIMEOUT}. */
	static final Predicate<SQLException> MARIADB = ex -> ex.getErrorCode() == 1205;

	/** PostgreSQL's {@code lock_not_available}. */
	static final Predicate<SQLException> POSTGRESQL = ex -> "55P03".equals(ex.getSQLState());

	private final Predicate<SQLException> isLockFailure;

	private final SQLExceptionTranslator fallback;

	LockFailureTranslator(Predicate<SQLException> isLockFailure, SQLExceptionTranslator fallback) {
		this.isLockFailure = isLockFailure;
		this.fallback = fallback;
	}

	@Override
	public DataAccessException translate(String task, String sql, SQLException ex) {
		if (this.isLockFailure.test(ex)) {
			return new CannotAcquireLockException(task + "; " + (sql == null ? "" : "SQL [" + sql + "]; ") + ex.getMessage(),
					ex);
		}
		return this.fallback.translate(task, sql, ex);
	}
}
