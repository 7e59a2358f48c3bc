package io.covet.relations.reliability;

import java.sql.Connection;
import java.sql.SQLException;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import io.covet.relations.CovetRelations;
import io.covet.relations.observation.StatementEvent;
import io.covet.relations.observation.StatementListener;
import io.covet.relations.testing.TestDatabase;

/**
 * Strikes a {@link ServerFault} once, inside the library's own transaction, right after its n-th statement (0: right
 * after BEGIN, before the first one), so that a test can break a multi-statement operation at every point of it. It is
 * both the transaction manager (which sees BEGIN and the end of the transaction) and a statement listener (which
 * counts the statements in between) of the {@link CovetRelations} it {@linkplain #relations builds}.
 */
final class FaultPoint extends JdbcTransactionManager implements StatementListener {

	private final TestDatabase db;

	private final ServerFault fault;

	private int at;

	private Connection victim;

	private long backend;

	private int statements = -1;

	private int lastCount;

	private ServerFault.Injection injection;

	private boolean struck;

	/** A point that strikes {@code fault} after statement {@code at}; {@code fault} {@code null} only counts. */
	FaultPoint(TestDatabase db, ServerFault fault, int at) {
		super(db.dataSource());
		this.db = db;
		this.fault = fault;
		this.at = at;
	}

	/** Moves the point to after statement {@code at} and arms it again. */
	void strikeAt(int at) {
		this.at = at;
		this.struck = false;
	}

	/** A {@code CovetRelations} on the test database whose own transactions this point watches. */
	CovetRelations relations() {
		return this.db.build(builder -> builder.statementListener(this).transactionManager(this));
	}

	/** Statements the last transaction ran. */
	int lastCount() {
		return this.lastCount;
	}

	/** Whether the fault was struck; it strikes once, so the next call through the same instance runs clean. */
	boolean struck() {
		return this.struck;
	}

	/** The session id of the last transaction's connection. */
	long backend() {
		return this.backend;
	}

	@Override
	protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
			throws SQLException {
		super.prepareTransactionalConnection(connection, definition);
		this.victim = connection;
		this.backend = ServerFault.backendId(this.db, connection);
		this.statements = 0;
		strikeIfDue();
	}

	@Override
	public void afterStatement(StatementEvent event) {
		if (this.statements >= 0) {
			this.statements++;
			strikeIfDue();
		}
	}

	@Override
	protected void doCleanupAfterCompletion(Object transaction) {
		this.lastCount = this.statements;
		this.statements = -1;
		if (this.injection != null) {
			this.injection.release();
			this.injection = null;
		}
		super.doCleanupAfterCompletion(transaction);
	}

	private void strikeIfDue() {
		if (this.fault == null || this.struck || this.statements != this.at) {
			return;
		}
		try {
			this.injection = this.fault.inject(this.db, this.victim, this.backend);
			this.struck = true;
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not inject " + this.fault, ex);
		}
	}
}
