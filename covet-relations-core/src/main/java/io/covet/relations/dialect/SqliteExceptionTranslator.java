package io.covet.relations.dialect;

import java.sql.SQLException;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Translates SQLite's result codes, which carry no SQL state and are unknown to Spring's error-code tables, into
 * Spring's exceptions: constraint failures (SQLITE_CONSTRAINT, 19) become {@link DataIntegrityViolationException}
 * ({@link DuplicateKeyException} for UNIQUE and PRIMARY KEY), SQLITE_BUSY/SQLITE_LOCKED (5, 6) become
 * {@link CannotAcquireLockException}. See https://www.sqlite.org/rescode.html.
 */
final class SqliteExceptionTranslator implements SQLExceptionTranslator {

	private final SQLExceptionTranslator fallback;

	SqliteExceptionTranslator(SQLExceptionTranslator fallback) {
		this.fallback = fallback;
	}

	@Override
	public DataAccessException translate(String task, String sql, SQLException ex) {
		int primaryCode = ex.getErrorCode() & 0xFF;
		String message = task + "; " + (sql == null ? "" : "SQL [" + sql + "]; ") + ex.getMessage();
		if (primaryCode == 19) {
			String text = String.valueOf(ex.getMessage());
			if (text.contains("SQLITE_CONSTRAINT_UNIQUE") || text.contains("SQLITE_CONSTRAINT_PRIMARYKEY")) {
				return new DuplicateKeyException(message, ex);
			}
			return new DataIntegrityViolationException(message, ex);
		}
		if (primaryCode == 5 || primaryCode == 6) {
			return new CannotAcquireLockException(message, ex);
		}
		return this.fallback.translate(task, sql, ex);
	}
}
