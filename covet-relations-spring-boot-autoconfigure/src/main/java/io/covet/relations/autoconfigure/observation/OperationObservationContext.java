package io.covet.relations.autoconfigure.observation;

import io.micrometer.common.KeyValues;
import io.micrometer.observation.Observation;

import io.covet.relations.observation.RelationOperation;

/**
 * What a convention reads to name and tag one observed operation: the operation as the core describes it and, once
 * it is over, the rows it loaded or deleted.
 *
 * @param <O> the kind of operation
 */
public abstract class OperationObservationContext<O extends RelationOperation> extends Observation.Context {

	private final O operation;

	private Long rows;

	protected OperationObservationContext(O operation) {
		this.operation = operation;
	}

	/** The operation as the core describes it: its model or relation and its kind. */
	public O getOperation() {
		return this.operation;
	}

	/** Rows the operation loaded or deleted; {@code null} while it runs, after a failure, or where it counts none. */
	public Long getRows() {
		return this.rows;
	}

	/** Records the rows the operation loaded or deleted, once it is over. */
	public void setRows(Long rows) {
		this.rows = rows;
	}

	/** The {@code covet.relations.rows} key value, or none while the rows are unknown. */
	KeyValues rowsKeyValues() {
		return (this.rows != null)
				? KeyValues.of(RelationsObservationDocumentation.HighCardinalityKeys.ROWS.withValue(this.rows.toString()))
				: KeyValues.empty();
	}
}
