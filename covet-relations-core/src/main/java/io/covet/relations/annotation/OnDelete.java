package io.covet.relations.annotation;

/**
 * What happens to rows that reference a deleted row. The semantics follow Django's {@code on_delete};
 * the deletion collector applies them in the application, never through database-side cascades.
 */
public enum OnDelete {

	/** Delete the referencing rows too. */
	CASCADE,

	/** Refuse the delete while referencing rows exist. */
	PROTECT,

	/** Refuse the delete unless the referencing rows are deleted through another CASCADE path of the same operation. */
	RESTRICT,

	/** Set the reference to NULL; the foreign key must be nullable. */
	SET_NULL,

	/** Set the reference to the column's default value. */
	SET_DEFAULT,

	/** Set the reference to the value named by the relation's {@code onDeleteValue}. */
	SET,

	/** Leave referencing rows alone; the database's own constraint decides. */
	DO_NOTHING
}
