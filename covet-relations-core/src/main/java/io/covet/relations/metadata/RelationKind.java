package io.covet.relations.metadata;

/** The kinds of relation a path can cross; later kinds (many-to-many, generic) extend this list. */
public enum RelationKind {

	/** Many-to-one, declared with {@code @ForeignKey}. */
	FOREIGN_KEY(false, true),

	/** One-to-one, declared with {@code @OneToOne}. */
	ONE_TO_ONE(false, true),

	/** The set of rows whose foreign key points at this row. */
	REVERSE_FOREIGN_KEY(true, false),

	/** The single row whose one-to-one key points at this row. */
	REVERSE_ONE_TO_ONE(false, false),

	/** Many-to-many, declared with {@code @ManyToMany}, through an intermediate table. */
	MANY_TO_MANY(true, true),

	/** The reverse side of a many-to-many. */
	REVERSE_MANY_TO_MANY(true, false),

	/** The objects whose generic foreign key points at this row, declared with {@code @GenericRelation}. */
	GENERIC_RELATION(true, false);

	private final boolean multiValued;

	private final boolean forward;

	RelationKind(boolean multiValued, boolean forward) {
		this.multiValued = multiValued;
		this.forward = forward;
	}

	/** Whether the relation can reach many rows, which makes joins across it multiply rows. */
	public boolean isMultiValued() {
		return this.multiValued;
	}

	/** Whether the source row holds the key (the relation is declared on the source). */
	public boolean isForward() {
		return this.forward;
	}
}
