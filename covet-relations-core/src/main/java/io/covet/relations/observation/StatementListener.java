package io.covet.relations.observation;

/** Told about every statement the library runs: the hook for query counting, logging and metrics. */
@FunctionalInterface
public interface StatementListener {

	/**
	 * Called once a statement has run, on the thread that ran it, whether it succeeded or failed. What this throws
	 * never changes the statement's outcome: after a failed statement it is attached to the statement's exception as
	 * suppressed, after a successful one (which may have committed already) it is logged at WARN on
	 * {@code io.covet.relations.observation}. A listener cannot veto a write; a {@code RelationEventListener} can.
	 */
	void afterStatement(StatementEvent event);
}
