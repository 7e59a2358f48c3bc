package io.covet.relations.metadata;

import java.util.List;

/**
 * A named way to get from one model to another: a foreign key, a one-to-one or the reverse side of either.
 */
public interface Relation {

	/** Name used in lookups, {@code selectRelated}/{@code prefetchRelated} and accessors. */
	String name();

	/** Model the relation is read from. */
	ModelMeta<?> source();

	/** Model the relation reaches. */
	ModelMeta<?> target();

	/** Foreign key, one-to-one, many-to-many, or the reverse side of one of them. */
	RelationKind kind();

	/** Join hops from {@link #source()} to {@link #target()}. */
	List<JoinStep> path();

	/** Whether the relation reaches many objects (reverse foreign key, many-to-many) rather than at most one. */
	default boolean isMultiValued() {
		return kind().isMultiValued();
	}

	/** {@code Model.name}, for messages. */
	default String describe() {
		return source().name() + "." + name();
	}
}
