package io.covet.relations.tree;

import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ValueTypes;

/**
 * What a tree model declares: its strategy, the self-referencing key and the strategy's own columns, checked when
 * {@code CovetRelations} is built.
 *
 * @param model the model
 * @param strategy the encoding
 * @param parent the self-referencing foreign key
 * @param path the path column (materialized path), else {@code null}
 * @param depth the depth column (materialized path and nested sets), else {@code null}
 * @param left the left bound (nested sets), else {@code null}
 * @param right the right bound (nested sets), else {@code null}
 * @param depthGuard deepest level a recursive read follows
 */
public record TreeMeta(ModelMeta<?> model, TreeStrategy strategy, ForeignKeyRelation parent, FieldMeta path,
		FieldMeta depth, FieldMeta left, FieldMeta right, int depthGuard) {

	/**
	 * The tree declaration of a model annotated with {@link Tree}, or of a proxy of one (which shares its model's
	 * tree and lists the nodes as its own class), else {@code null}.
	 */
	public static TreeMeta of(ModelMeta<?> model) {
		Tree tree = declaration(model);
		if (tree == null) {
			return null;
		}
		FieldMeta parentField = model.field(tree.parent());
		if (parentField == null || !parentField.isForeignKey() || parentField.relation().target() != model.concreteModel()
				|| !parentField.nullable() || !parentField.relation().targetField().primaryKey()) {
			throw new ModelDefinitionException(model.type(), tree.parent(),
					"a tree needs a nullable @ForeignKey to its own model's key named '" + tree.parent() + "'");
		}
		OnDelete onDelete = parentField.relation().onDelete();
		if (tree.value() != TreeStrategy.ADJACENCY_LIST && onDelete != OnDelete.CASCADE && onDelete != OnDelete.PROTECT
				&& onDelete != OnDelete.RESTRICT) {
			// Deleting a node would leave its children under another parent (or none) with the path or bounds that
			// still place them below it; CASCADE takes the subtree along, PROTECT and RESTRICT refuse.
			throw new ModelDefinitionException(model.type(), tree.parent(), "a " + tree.value()
					+ " tree's parent key needs onDelete CASCADE, PROTECT or RESTRICT, not " + onDelete
					+ ": a deleted node's children would keep the encoding of their old place");
		}
		if (tree.depthGuard() < 1) {
			// Every walk would stop before its first level and report a cycle.
			throw new ModelDefinitionException(model.type(), "@Tree", "depthGuard must be at least 1, not "
					+ tree.depthGuard() + "; use Integer.MAX_VALUE for no guard");
		}
		FieldMeta path = null;
		FieldMeta depth = null;
		FieldMeta left = null;
		FieldMeta right = null;
		switch (tree.value()) {
			case MATERIALIZED_PATH -> {
				path = required(model, "path", String.class);
				depth = required(model, "depth", Integer.class);
			}
			case NESTED_SET -> {
				left = required(model, "lft", Integer.class);
				right = required(model, "rgt", Integer.class);
				depth = required(model, "depth", Integer.class);
			}
			default -> {
			}
		}
		return new TreeMeta(model, tree.value(), parentField.relation(), path, depth, left, right, tree.depthGuard());
	}

	/** The model's own {@link Tree}; a proxy's is its concrete model's, and may only repeat it. */
	private static Tree declaration(ModelMeta<?> model) {
		Tree own = model.type().getAnnotation(Tree.class);
		ModelMeta<?> concrete = model.concreteModel();
		if (concrete == model) {
			return own;
		}
		Tree shared = concrete.type().getAnnotation(Tree.class);
		if (own != null && !own.equals(shared)) {
			throw new ModelDefinitionException(model.type(), "@Tree", "a proxy shares the tree of " + concrete.name()
					+ ", which " + ((shared == null) ? "declares none" : "declares " + shared) + "; declare @Tree there only");
		}
		return shared;
	}

	private static FieldMeta required(ModelMeta<?> model, String name, Class<?> type) {
		FieldMeta field = model.field(name);
		if (field == null || ValueTypes.box(field.valueType()) != type) {
			throw new ModelDefinitionException(model.type(), name, "this tree strategy needs a " + type.getSimpleName()
					+ " field named '" + name + "'");
		}
		return field;
	}
}
