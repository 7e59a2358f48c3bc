package io.covet.relations.dialect;

import java.sql.SQLException;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Translates MariaDB's lock-wait timeout (error 1205, SQL state {@code HY000}) into a
 * {@link CannotAcquireLockException}. Spring's default translator goes by exception subclass and SQL state and leaves
 * it uncategorized; callers retrying lock failures would not recognise it. The timeout aborts only the statement: the
 * transaction stays open, and the library rolls it back like after any other error.
 */
final class MariaDbExceptionTranslator implements SQLExceptionTranslator {

	private static final int LOCK_WAIT_TIMEOUT = 1205;

	private final SQLExceptionTranslator fallback;

	MariaDbExceptionTranslator(SQLExceptionTranslator fallback) {
		this.fallback = fallback;
	}

	@Override
	public DataAccessException translate(String task, String sql, SQLException ex) {
		if (ex.getErrorCode() == LOCK_WAIT_TIMEOUT) {
			return new CannotAcquireLockException(task + "; " + (sql == null ? "" : "SQL [" + sql + "]; ") + ex.getMessage(),
					ex);
		}
		return this.fallback.translate(task, sql, ex);
	}
}
