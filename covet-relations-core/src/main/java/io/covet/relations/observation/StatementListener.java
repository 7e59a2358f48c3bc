package io.covet.relations.observation;

/** Told about every statement the library runs: the hook for query counting, logging and metrics. */
@FunctionalInterface
public interface StatementListener {

	/** Called once a statement has run, on the thread that ran it, whether it succeeded or failed. */
	void afterStatement(StatementEvent event);
}
