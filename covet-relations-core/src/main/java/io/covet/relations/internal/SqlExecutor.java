package io.covet.relations.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ResultSetExtractor;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.observation.StatementEvent;
import io.covet.relations.observation.StatementListener;
import io.covet.relations.sql.SqlParameters;
import io.covet.relations.sql.SqlStatement;

/**
 * Runs every statement of the library through Spring's {@link JdbcTemplate}, so connections come from
 * {@code DataSourceUtils} (joining a Spring-managed transaction) and SQL errors become {@code DataAccessException}s.
 * Binds parameters through the dialect and tells listeners about each statement.
 */
public final class SqlExecutor {

	private static final Log logger = LogFactory.getLog("io.covet.relations.SQL");

	private final JdbcTemplate jdbcTemplate;

	private final Dialect dialect;

	private final StatementListener[] listeners;

	private final boolean logStatements;

	/** Creates the executor on a {@code DataSource}, translating SQL errors with the dialect's translator first. */
	public SqlExecutor(DataSource dataSource, Dialect dialect, List<StatementListener> listeners, boolean logStatements) {
		this.jdbcTemplate = new JdbcTemplate(dataSource);
		this.jdbcTemplate.setExceptionTranslator(dialect.exceptionTranslator(this.jdbcTemplate.getExceptionTranslator()));
		this.dialect = dialect;
		this.listeners = listeners.toArray(StatementListener[]::new);
		this.logStatements = logStatements;
	}

	/** The template every statement goes through, for the few callers that need it directly. */
	public JdbcTemplate jdbcTemplate() {
		return this.jdbcTemplate;
	}

	/** Runs a query and returns its first column, each value read as {@code type}: keys, mostly. */
	public List<Object> queryColumn(SqlStatement statement, Class<?> type) {
		return query(statement, rs -> {
			List<Object> values = new ArrayList<>();
			while (rs.next()) {
				values.add(this.dialect.read(rs, 1, type));
			}
			return values;
		});
	}

	/** Runs a query and hands the result set to the extractor. */
	public <R> R query(SqlStatement statement, ResultSetExtractor<R> extractor) {
		return observe(statement, () -> this.jdbcTemplate.query(connection -> prepare(connection, statement, false),
				extractor));
	}

	/** Runs an INSERT, UPDATE or DELETE; returns the affected row count. */
	public int update(SqlStatement statement) {
		Integer rows = observe(statement, () -> this.jdbcTemplate.update(connection -> prepare(connection, statement, false)));
		return rows == null ? 0 : rows;
	}

	/**
	 * Runs an INSERT and returns the generated keys in row order: from its RETURNING clause when the statement has
	 * one, from JDBC generated keys otherwise.
	 */
	public List<Object> insertReturningKeys(SqlStatement statement, Class<?> keyType, boolean returningClause) {
		return observe(statement, () -> this.jdbcTemplate.execute((Connection connection) -> {
			try (PreparedStatement ps = prepare(connection, statement, !returningClause)) {
				List<Object> keys = new ArrayList<>();
				if (returningClause) {
					try (ResultSet rs = ps.executeQuery()) {
						while (rs.next()) {
							keys.add(this.dialect.read(rs, 1, keyType));
						}
					}
				}
				else {
					ps.executeUpdate();
					try (ResultSet rs = ps.getGeneratedKeys()) {
						while (rs.next()) {
							keys.add(this.dialect.read(rs, 1, keyType));
						}
					}
				}
				return keys;
			}
		}));
	}

	/**
	 * Runs one statement for many rows of parameters as a JDBC batch (one round trip where the driver allows);
	 * listeners see it as one statement.
	 */
	public int[] batchUpdate(SqlStatement statement, List<Object[]> rows, Class<?>[] types) {
		return observe(statement, () -> this.jdbcTemplate.batchUpdate(statement.sql(),
				new org.springframework.jdbc.core.BatchPreparedStatementSetter() {

					@Override
					public void setValues(PreparedStatement ps, int i) throws SQLException {
						Object[] row = rows.get(i);
						for (int column = 0; column < row.length; column++) {
							SqlExecutor.this.dialect.bind(ps, column + 1, row[column], types[column]);
						}
					}

					@Override
					public int getBatchSize() {
						return rows.size();
					}
				}));
	}

	/** Runs a DDL statement. */
	public void execute(SqlStatement statement) {
		observe(statement, () -> {
			this.jdbcTemplate.execute(statement.sql());
			return null;
		});
	}

	private PreparedStatement prepare(Connection connection, SqlStatement statement, boolean generatedKeys)
			throws SQLException {
		PreparedStatement ps = generatedKeys
				? connection.prepareStatement(statement.sql(), Statement.RETURN_GENERATED_KEYS)
				: connection.prepareStatement(statement.sql());
		try {
			SqlParameters parameters = statement.boundParameters();
			for (int i = 0; i < parameters.size(); i++) {
				Class<?> type = parameters.type(i);
				if (parameters.isArray(i)) {
					Array array = connection.createArrayOf(this.dialect.arrayElementType(type),
							this.dialect.arrayElements(type, (Object[]) parameters.value(i)));
					ps.setArray(i + 1, array);
				}
				else {
					this.dialect.bind(ps, i + 1, parameters.value(i), type);
				}
			}
			return ps;
		}
		catch (SQLException | RuntimeException ex) {
			ps.close();
			throw ex;
		}
	}

	private <R> R observe(SqlStatement statement, java.util.function.Supplier<R> action) {
		if (this.logStatements && logger.isDebugEnabled()) {
			logger.debug(statement.sql() + " [" + statement.parameters().size() + " parameters]");
		}
		long start = System.nanoTime();
		Throwable failure = null;
		try {
			return action.get();
		}
		catch (RuntimeException | Error ex) {
			failure = ex;
			throw ex;
		}
		finally {
			if (this.listeners.length > 0) {
				StatementEvent event = new StatementEvent(statement.sql(), statement.operation(), statement.model(),
						statement.parameters().size(), System.nanoTime() - start, failure);
				// A listener's failure never changes the statement's outcome (HookFailures): after a failed statement it
				// is attached to the statement's failure; after a successful one, which may be an autocommitted
				// INSERT whose keys the caller still needs, it is logged.
				for (StatementListener listener : this.listeners) {
					HookFailures.run(() -> listener.afterStatement(event), failure, "StatementListener", event);
				}
			}
		}
	}
}
