package io.covet.relations.observation;

/**
 * One running {@link RelationOperation}, as its {@link OperationObserver} sees it. What its methods throw never
 * changes the operation's outcome, and every scope is still told and stopped: after a failed operation it is attached
 * to the operation's exception as suppressed; after a successful one, which has committed by then, it is logged at
 * WARN on {@code io.covet.relations.observation}.
 */
public interface OperationScope {

	/** A scope that records nothing. */
	OperationScope NONE = () -> {
	};

	/** The operation loaded or deleted {@code rows} rows; not called by operations that do not count rows. */
	default void rows(long rows) {
	}

	/** The operation failed with {@code failure}; {@link #stop()} follows. */
	default void error(Throwable failure) {
	}

	/** The operation is over, successfully or not. */
	void stop();
}
