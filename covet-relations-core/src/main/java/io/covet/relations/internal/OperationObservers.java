package io.covet.relations.internal;

import java.util.List;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

import io.covet.relations.observation.OperationObserver;
import io.covet.relations.observation.OperationScope;
import io.covet.relations.observation.RelationOperation;

/**
 * Runs operations under every registered {@link OperationObserver}: each is started before the work, told the rows
 * and any failure after it, and stopped in every case (in reverse order, so that scopes nest). A scope that throws
 * neither hides the work's failure nor fails work that succeeded, and the other scopes are still told and stopped
 * ({@link HookFailures}). Without observers the work runs bare and no operation is even described. Not API.
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

	/**
	 * Runs the work between the scopes' start and stop. Each scope is told the rows or the failure and stopped (in
	 * reverse) in every case; what a scope throws then follows {@link HookFailures}: attached to the work's failure, or
	 * logged after success, since the work (a delete, a many-to-many change) has committed by then.
	 */
	private <T> T run(RelationOperation operation, ToLongFunction<? super T> rows, Supplier<T> work) {
		OperationScope[] scopes = start(operation);
		T result;
		try {
			result = work.get();
		}
		catch (Throwable failure) {
			for (OperationScope scope : scopes) {
				HookFailures.run(() -> scope.error(failure), failure, "OperationScope.error()", operation);
			}
			stop(scopes, scopes.length, failure, operation);
			throw failure;
		}
		if (rows != null) {
			long count = rows.applyAsLong(result);
			for (OperationScope scope : scopes) {
				HookFailures.run(() -> scope.rows(count), null, "OperationScope.rows()", operation);
			}
		}
		stop(scopes, scopes.length, null, operation);
		return result;
	}

	/** Stops the first {@code started} scopes, in reverse, every one of them whatever another throws. */
	private static void stop(OperationScope[] scopes, int started, Throwable failure, RelationOperation operation) {
		for (int i = started - 1; i >= 0; i--) {
			OperationScope scope = scopes[i];
			HookFailures.run(scope::stop, failure, "OperationScope.stop()", operation);
		}
	}

	/**
	 * Starts every observer's scope. An observer that cannot start fails the operation before any of its work runs
	 * (nothing to hide, nothing committed); the scopes started before it are stopped first (in reverse), since each
	 * scope must be stopped in every case.
	 */
	private OperationScope[] start(RelationOperation operation) {
		OperationScope[] scopes = new OperationScope[this.observers.length];
		for (int i = 0; i < scopes.length; i++) {
			try {
				scopes[i] = this.observers[i].start(operation);
			}
			catch (RuntimeException | Error failure) {
				stop(scopes, i, failure, operation);
				throw failure;
			}
		}
		return scopes;
	}
}
