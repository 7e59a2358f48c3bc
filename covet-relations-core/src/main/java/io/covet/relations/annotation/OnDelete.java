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

	/**
	 * Set the reference to the value a new instance of the referencing model holds (the field initializer, such as
	 * {@code Ref.id("hall")}); the schema declares no column default.
	 */
	SET_DEFAULT,

	/** Set the reference to the value named by the relation's {@code onDeleteValue}. */
	SET,

	/** Leave referencing rows alone; the database's own constraint decides. */
	DO_NOTHING
}
