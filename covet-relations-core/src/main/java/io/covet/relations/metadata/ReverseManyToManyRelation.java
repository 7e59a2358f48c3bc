package io.covet.relations.metadata;

import java.util.List;

/** The reverse side of a many-to-many ({@code tag.posts} for {@code Post.tags}). */
public final class ReverseManyToManyRelation implements ManyToManySide {

	private final ManyToManyRelation forward;

	ReverseManyToManyRelation(ManyToManyRelation forward) {
		this.forward = forward;
	}

	@Override
	public String name() {
		return this.forward.relatedName();
	}

	@Override
	public ModelMeta<?> source() {
		return this.forward.target();
	}

	@Override
	public ModelMeta<?> target() {
		return this.forward.source();
	}

	@Override
	public RelationKind kind() {
		return RelationKind.REVERSE_MANY_TO_MANY;
	}

	@Override
	public List<JoinStep> path() {
		ForeignKeyRelation targetKey = this.forward.otherKey();
		ForeignKeyRelation sourceKey = this.forward.ownerKey();
		return List.of(new JoinStep(source(), targetKey.targetField(), this.forward.through(), targetKey.column()),
				new JoinStep(this.forward.through(), sourceKey.column(), target(), sourceKey.targetField()));
	}

	@Override
	public ManyToManyRelation declaration() {
		return this.forward;
	}

	@Override
	public ForeignKeyRelation ownerKey() {
		return this.forward.otherKey();
	}

	@Override
	public ForeignKeyRelation otherKey() {
		return this.forward.ownerKey();
	}

	@Override
	public boolean isReverse() {
		return true;
	}

	@Override
	public String toString() {
		return describe() + " <-> " + this.forward.describe();
	}
}
