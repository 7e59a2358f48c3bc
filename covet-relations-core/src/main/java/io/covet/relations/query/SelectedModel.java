package io.covet.relations.query;

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
}
