package io.covet.relations.observation;

/** Told about every statement the library runs: the hook for query counting, logging and metrics. */
@FunctionalInterface
public interface StatementListener {

	void afterStatement(StatementEvent event);
}
