package io.covet.relations.internal;

import java.util.function.Supplier;

import org.springframework.transaction.NestedTransactionNotSupportedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs multi-statement operations in a transaction: the caller's Spring-managed one when active, a new one
 * otherwise. On any exception the whole operation rolls back; the library never commits after an error, and what it
 * wrote into instances during the operation (keys, generic-key columns, tree fields) is taken back
 * ({@link InstanceUndo}).
 */
public final class TransactionRunner {

	private final TransactionTemplate template;

	private final TransactionTemplate nested;

	/** Creates the runner on the transaction manager the library was given (or its own on the {@code DataSource}). */
	public TransactionRunner(PlatformTransactionManager transactionManager) {
		this.template = new TransactionTemplate(transactionManager);
		this.nested = new TransactionTemplate(transactionManager);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
	}

	/**
	 * Runs one of the library's operations in the current transaction, or in a new one that commits only if it returns
	 * normally; when it throws, what it wrote into instances is taken back.
	 */
	public <T> T required(Supplier<T> action) {
		return undoOnFailure(this.template, action);
	}

	/** Runs the action as {@link #required(Supplier)} does, for actions without a result. */
	public void required(Runnable action) {
		required(() -> {
			action.run();
			return null;
		});
	}

	/**
	 * Runs the caller's own work ({@code CovetRelations.inTransaction}) as {@link #required(Supplier)} does, except
	 * that a failure of the work itself leaves the instances as they are, as Django's {@code atomic} does: the library's
	 * operations inside still take back their own writes when they fail.
	 */
	public <T> T callers(Supplier<T> work) {
		return this.template.execute(status -> work.get());
	}

	/**
	 * Runs the action in a savepoint of the current transaction, or in a new transaction: a failure rolls back the
	 * action's own statements only, so the caller's transaction stays usable (PostgreSQL refuses every statement of a
	 * transaction after an error until it rolls back to a savepoint). Under a transaction manager without savepoints
	 * (JTA, say) it runs as {@link #required(Supplier)} does: the manager refuses before the action starts. When it
	 * throws, what it wrote into instances is taken back, as the savepoint took back its rows.
	 */
	public <T> T nested(Supplier<T> action) {
		try {
			return undoOnFailure(this.nested, action);
		}
		catch (NestedTransactionNotSupportedException ex) {
			return required(action);
		}
	}

	/** Runs the action in the template's transaction, taking back its writes into instances unless it committed. */
	private static <T> T undoOnFailure(TransactionTemplate template, Supplier<T> action) {
		return InstanceUndo.undoOnFailure(committed -> template.execute(status -> {
			T result = action.get();
			InstanceUndo.watchCommit(status, committed);
			return result;
		}));
	}
}
