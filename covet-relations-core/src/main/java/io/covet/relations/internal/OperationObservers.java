package io.covet.relations.internal;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import io.covet.relations.observation.OperationObserver;
import io.covet.relations.observation.OperationScope;
import io.covet.relations.observation.RelationOperation;

/**
 * Runs operations under every registered {@link OperationObserver}: each is started before the work, told the rows
 * and any failure after it, and stopped in every case (in reverse order, so that scopes nest). Without observers
 * the work runs bare and no operation is even described. Not API.
 */
public final class OperationObservers {

	private final OperationObserver[] observers;

	/** Creates the runner over the given observers, started in this order and stopped in reverse. */
	public OperationObservers(List<OperationObserver> observers) {
		this.observers = observers.toArray(OperationObserver[]::new);
	}

	/** Whether anyone observes: callers skip building the operation's description otherwise. */
	public boolean active() {
		return this.observers.length > 0;
	}

	/** Runs {@code work} as {@code operation}, reporting the rows {@code rows} counts in its result. */
	public <T> T observe(Supplier<RelationOperation> operation, ToLongFunction<? super T> rows, Supplier<T> work) {
		return active() ? run(operation.get(), rows, work) : work.get();
	}

	/** Runs {@code work} as {@code operation}, which counts no rows. */
	public void observe(Supplier<RelationOperation> operation, Runnable work) {
		if (!active()) {
			work.run();
			return;
		}
		run(operation.get(), null, () -> {
			work.run();
			return null;
		});
	}

	private <T> T run(RelationOperation operation, ToLongFunction<? super T> rows, Supplier<T> work) {
		OperationScope[] scopes = start(operation);
		try {
			T result = work.get();
			if (rows != null) {
				long count = rows.applyAsLong(result);
				for (OperationScope scope : scopes) {
					scope.rows(count);
				}
			}
			return result;
		}
		catch (RuntimeException | Error failure) {
			for (OperationScope scope : scopes) {
				scope.error(failure);
			}
			throw failure;
		}
		finally {
			for (int i = scopes.length - 1; i >= 0; i--) {
				scopes[i].stop();
			}
		}
	}

	/**
	 * Starts every observer's scope; when one cannot start, the scopes started before it are stopped (in reverse) before
	 * its failure propagates, since each scope must be stopped in every case.
	 */
	private OperationScope[] start(RelationOperation operation) {
		OperationScope[] scopes = new OperationScope[this.observers.length];
		for (int i = 0; i < scopes.length; i++) {
			try {
				scopes[i] = this.observers[i].start(operation);
			}
			catch (RuntimeException | Error failure) {
				for (int started = i - 1; started >= 0; started--) {
					try {
						scopes[started].stop();
					}
					catch (RuntimeException | Error another) {
						failure.addSuppressed(another);
					}
				}
				throw failure;
			}
		}
		return scopes;
	}
}
