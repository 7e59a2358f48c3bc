package io.covet.relations.observation;

/**
 * Told when a multi-statement {@link RelationOperation} starts, and through the returned {@link OperationScope} how it
 * ends: the hook for timers and traces that span a whole prefetch level, delete or many-to-many change, where a
 * {@link StatementListener} only sees single statements. Called on the thread that runs the operation, so an
 * implementation may make the operation current for the statements inside it.
 */
@FunctionalInterface
public interface OperationObserver {

	/**
	 * The operation is about to run; the scope must be {@linkplain OperationScope#stop() stopped} in every case. An
	 * exception thrown here fails the operation before any of it runs (the scopes already started are stopped first).
	 */
	OperationScope start(RelationOperation operation);
}
