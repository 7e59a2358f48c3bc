package io.covet.relations.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.covet.relations.metadata.FieldMeta;

/**
 * Takes back what the library wrote into the caller's instances when its own transaction rolls back: generated keys,
 * generic-key columns, tree fields. A key kept from a rolled-back INSERT names a row that does not exist; on SQLite,
 * whose key counter rolls back with the transaction, the next INSERT takes the same key, and saving the instance
 * again then overwrites that other row.
 * <p>
 * The library writes such fields through {@link #set}. While one of its operations runs
 * ({@link TransactionRunner#required}, {@link TransactionRunner#nested}) each write is logged with the value it
 * replaced; an operation that fails puts back, newest first, what was written since it began, then its failure
 * propagates. The log is per thread and lives as long as the outermost operation. Writes outside any library
 * operation (a single autocommitted INSERT, or one in the caller's own transaction) are not logged: as in Django, a
 * transaction the caller rolls back leaves the instances as they are. Not API.
 */
public final class InstanceUndo {

	private static final ThreadLocal<List<Assignment>> LOG = new ThreadLocal<>();

	private InstanceUndo() {
	}

	/** Sets {@code field} of {@code instance}, to be taken back if the library operation running now fails. */
	public static void set(FieldMeta field, Object instance, Object value) {
		List<Assignment> log = LOG.get();
		if (log != null) {
			log.add(new Assignment(field, instance, field.get(instance)));
		}
		field.set(instance, value);
	}

	/**
	 * Runs one library operation (the transaction included: a failed commit counts as a failure); when it throws,
	 * restores what {@link #set} wrote during it, unless its transaction had committed: an exception from a callback
	 * that runs after the commit (an application's {@code afterCommit}) does not make the committed rows' keys false.
	 * The operation is handed a flag to raise once its own transaction has committed ({@link #watchCommit}).
	 */
	static <T> T undoOnFailure(Function<AtomicBoolean, T> operation) {
		List<Assignment> log = LOG.get();
		boolean outermost = log == null;
		if (outermost) {
			log = new ArrayList<>();
			LOG.set(log);
		}
		int mark = log.size();
		AtomicBoolean committed = new AtomicBoolean();
		boolean completed = false;
		try {
			T result = operation.apply(committed);
			completed = true;
			return result;
		}
		finally {
			if (!completed && !committed.get()) {
				for (int i = log.size() - 1; i >= mark; i--) {
					log.remove(i).restore();
				}
			}
			if (outermost) {
				LOG.remove();
			}
		}
	}

	/**
	 * Raises {@code committed} when the transaction {@code status} began commits. Only a transaction the operation began
	 * commits within it; one it joined commits later, after the operation has returned.
	 */
	static void watchCommit(TransactionStatus status, AtomicBoolean committed) {
		if (status.isNewTransaction() && TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int completion) {
					if (completion == STATUS_COMMITTED) {
						committed.set(true);
					}
				}
			});
		}
	}

	private record Assignment(FieldMeta field, Object instance, Object previous) {

		void restore() {
			this.field.set(this.instance, this.previous);
		}
	}
}
