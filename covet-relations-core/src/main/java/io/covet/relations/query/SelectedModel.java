package io.covet.relations.query;

import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;

/**
 * A model whose columns a SELECT reads: the root, or one reached by {@code selectRelated}.
 *
 * @param model the model
 * @param offset 1-based index of its first column in the result set
 * @param parent index of the selected model it hangs from, -1 for the root
 * @param relation relation from the parent, {@code null} for the root
 */
record SelectedModel(ModelMeta<?> model, int offset, int parent, Relation relation) {

	/**
	 * The parent's foreign key this model was joined through, or {@code null} (the root, a reverse one-to-one). The
	 * joined object stands for that key's column: the compiler may leave it unread, and the reader sets the reference
	 * itself.
	 */
	ForeignKeyRelation joinedThrough() {
		return (this.relation instanceof ForeignKeyRelation foreignKey) ? foreignKey : null;
	}
}
