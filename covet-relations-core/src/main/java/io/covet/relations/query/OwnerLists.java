package io.covet.relations.query;

import java.lang.reflect.Field;
import java.util.List;
import java.util.function.BiConsumer;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.metadata.Relation;

/**
 * Hands each owner of a multi-valued prefetch level its list of related objects: into the {@code @Transient} field
 * the prefetch names ({@code toAttr}), else into the relation's accessor on the owner.
 */
final class OwnerLists {

	private OwnerLists() {
	}

	/** The owner's field a prefetch's {@code toAttr} names, checked to hold a list; {@code null} without one. */
	static Field toAttrField(Relation relation, Prefetch own) {
		if (own == null || own.toAttr() == null) {
			return null;
		}
		Field field = relation.source().transientField(own.toAttr());
		if (field == null || !field.getType().isAssignableFrom(List.class)) {
			throw new InvalidQueryException("Prefetch toAttr \"" + own.toAttr() + "\" must name a @Transient List field of "
					+ relation.source().name());
		}
		return field;
	}

	/**
	 * Gives owner {@code i} the list of its slot, {@code slots.listOf(i, lists)}: into {@code toAttr} where the
	 * prefetch names one, else to {@code accessor}.
	 */
	static void handOut(List<?> owners, OwnerSlots slots, List<Object>[] lists, Field toAttr,
			BiConsumer<Object, List<Object>> accessor) {
		for (int i = 0; i < owners.size(); i++) {
			Object owner = owners.get(i);
			List<Object> mine = slots.listOf(i, lists);
			if (toAttr != null) {
				set(toAttr, owner, mine);
			}
			else {
				accessor.accept(owner, mine);
			}
		}
	}

	private static void set(Field field, Object instance, Object value) {
		try {
			field.set(instance, value);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
