package io.covet.relations.metadata;

/**
 * One side of a many-to-many relation, seen from the model that holds the accessor: the through model's key
 * pointing at this side ({@link #ownerKey()}) and the one pointing at the other side ({@link #otherKey()}).
 */
public interface ManyToManySide extends Relation {

	/** The relation as declared. */
	ManyToManyRelation declaration();

	/** Foreign key of the through model to the model holding this side. */
	ForeignKeyRelation ownerKey();

	/** Foreign key of the through model to the other model. */
	ForeignKeyRelation otherKey();

	/** Whether this is the reverse side ({@code tag.posts()} for {@code Post.tags}). */
	boolean isReverse();

	default ModelMeta<?> through() {
		return declaration().through();
	}
}
