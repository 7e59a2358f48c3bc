package io.covet.relations.metadata;

import java.util.List;

import io.covet.relations.metadata.JoinStep.GenericCondition;

/**
 * The reverse side of a generic foreign key ({@code post.comments} for {@code Comment.contentObject}): the rows of
 * the referencing model whose content type is this model's and whose key column holds this row's key.
 */
public final class GenericRelationMeta implements Relation {

	private final String name;

	private final ModelMeta<?> source;

	private final GenericForeignKeyMeta key;

	GenericRelationMeta(String name, ModelMeta<?> source, GenericForeignKeyMeta key) {
		this.name = name;
		this.source = source;
		this.key = key;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public ModelMeta<?> source() {
		return this.source;
	}

	@Override
	public ModelMeta<?> target() {
		return this.key.model();
	}

	@Override
	public RelationKind kind() {
		return RelationKind.GENERIC_RELATION;
	}

	@Override
	public List<JoinStep> path() {
		// The natural key of the content type ContentTypes stores for the source's rows.
		ModelMeta<?> stored = this.source.tableOwner();
		GenericCondition condition = new GenericCondition(this.key.contentTypeField(), stored.namespace(),
				GenericForeignKeyMeta.modelKey(stored), keyAsText());
		return List.of(new JoinStep(this.source, this.source.primaryKey(), this.key.model(), this.key.idField(), condition));
	}

	/** Whether this model's key is stored as text in the referencing column. */
	public boolean keyAsText() {
		return this.key.idField().valueType() != this.source.primaryKey().valueType();
	}

	/** The generic foreign key this relation mirrors. */
	public GenericForeignKeyMeta key() {
		return this.key;
	}

	@Override
	public String toString() {
		return describe() + " <- " + this.key.describe();
	}
}
