package io.covet.relations.metadata;

import java.util.List;

/**
 * The reverse side of a foreign key ({@code author.books}) or one-to-one ({@code user.profile}), read from the
 * model the key points at.
 */
public final class ReverseRelation implements Relation {

	private final ForeignKeyRelation forward;

	ReverseRelation(ForeignKeyRelation forward) {
		this.forward = forward;
	}

	/**
	 * The related name; for a key declared with {@code relatedName = "+"}, a hidden name of its own
	 * ({@code +Model.field}) that no accessor or query can use but the deletion collector still follows.
	 */
	@Override
	public String name() {
		String relatedName = this.forward.relatedName();
		return "+".equals(relatedName) ? "+" + this.forward.source().name() + "." + this.forward.name() : relatedName;
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
		return this.forward.kind() == RelationKind.ONE_TO_ONE ? RelationKind.REVERSE_ONE_TO_ONE
				: RelationKind.REVERSE_FOREIGN_KEY;
	}

	@Override
	public List<JoinStep> path() {
		return List.of(new JoinStep(source(), this.forward.targetField(), target(), this.forward.column()));
	}

	/** The foreign key this relation mirrors. */
	public ForeignKeyRelation forward() {
		return this.forward;
	}

	@Override
	public String toString() {
		return describe() + " <- " + this.forward.describe();
	}
}
