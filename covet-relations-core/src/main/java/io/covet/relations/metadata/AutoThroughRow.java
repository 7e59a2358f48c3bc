package io.covet.relations.metadata;

import io.covet.relations.relation.Ref;

/**
 * The Java side of a derived many-to-many table: every such table maps its key and two foreign keys onto these
 * three fields, under its own column names.
 */
public final class AutoThroughRow {

	Long id;

	Ref<Object> source = Ref.none();

	Ref<Object> target = Ref.none();

	AutoThroughRow() {
	}

	/** Key of the row. */
	public Long id() {
		return this.id;
	}

	/** Reference to the model declaring the relation. */
	public Ref<Object> source() {
		return this.source;
	}

	/** Reference to the other model. */
	public Ref<Object> target() {
		return this.target;
	}
}
