package io.covet.relations.query;

import io.covet.relations.internal.CovetContext;
import io.covet.relations.manager.ReverseOneToOneAccessor;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.RelationKind;
import io.covet.relations.metadata.ReverseRelation;
import io.covet.relations.relation.Ref;

/**
 * Both sides of a one-to-one, as Django caches them: when a join or a prefetch loads one side, the object it loaded
 * learns the way back, so that {@code writer.bio().get().writer().get()} runs no statement (and strict loading does not
 * refuse it).
 */
final class OneToOneSides {

	private OneToOneSides() {
	}

	/** {@code owner}'s one-to-one {@code key} was loaded with {@code target}: the target's reverse side is the owner. */
	@SuppressWarnings("unchecked")
	static void forwardLoaded(CovetContext context, ForeignKeyRelation key, Object owner, Object target) {
		if (target == null || key.kind() != RelationKind.ONE_TO_ONE || key.column().isParentLink()
				|| key.reverse() == null) {
			return;
		}
		if (context.accessor(key.reverse(), target) instanceof ReverseOneToOneAccessor<?> accessor) {
			((ReverseOneToOneAccessor<Object>) accessor).preload(owner);
		}
	}

	/** {@code owner}'s reverse one-to-one was loaded with {@code related}: the related object's key holds the owner. */
	static void reverseLoaded(ReverseRelation reverse, Object owner, Object related) {
		if (related == null || reverse.kind() != RelationKind.REVERSE_ONE_TO_ONE) {
			return;
		}
		FieldMeta column = reverse.forward().column();
		if (!column.holdsRef() || (column.get(related) instanceof Ref<?> held && held.loadedTarget() != null)) {
			return;
		}
		column.set(related, Ref.loaded(reverse.forward().targetField().columnValue(owner), owner));
	}
}
