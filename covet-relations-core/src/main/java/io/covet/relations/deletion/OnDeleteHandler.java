package io.covet.relations.deletion;

import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.query.QuerySet;

/**
 * Replaces a relation's {@code onDelete} with application code, for instance archiving instead of deleting:
 *
 * <pre>{@code
 * builder.onDeleteHandler(Book.class, "author", (relation, books) -> {
 *     books.update("archived", true);
 *     books.update("author", null);   // update(field, value) takes null; Map.of refuses it
 * });
 * }</pre>
 *
 * The handler runs inside the delete's transaction, before any row is deleted, with a query set over the rows that
 * reference the deleted ones. It must leave none of them referencing a deleted row, or the delete fails on the
 * database's constraint and rolls back.
 */
@FunctionalInterface
public interface OnDeleteHandler {

	/** Deals with {@code referencingRows}, the rows whose {@code relation} points at a row being deleted. */
	void handle(ForeignKeyRelation relation, QuerySet<?> referencingRows);
}
