package io.covet.relations.deletion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;

/**
 * The order in which a delete removes the models it collected, so that the database's constraints accept each
 * statement: a model that references another is deleted before it. Computed from the metadata alone, before any
 * statement runs. Nullable keys that close a cycle, self-references included, are set to NULL on the collected rows
 * first, and then no longer count. A cycle of required keys has no such order: its models follow in collection
 * order, and a model with a required self-reference deletes its rows deepest first ({@link #deepestRowsFirst}).
 *
 * @param models every collected model, each before the models it references
 * @param nulledFirst the nullable foreign keys to set to NULL on their model's collected rows before any delete, in
 * this order
 */
record DeletionOrder(List<ModelMeta<?>> models, List<ForeignKeyRelation> nulledFirst) {

	/** The order for these models (as collected: a required cycle keeps this order). */
	static DeletionOrder of(Collection<ModelMeta<?>> collected) {
		Set<ModelMeta<?>> remaining = new LinkedHashSet<>(collected);
		List<ModelMeta<?>> order = new ArrayList<>();
		List<ForeignKeyRelation> nulledFirst = new ArrayList<>();
		for (ModelMeta<?> model : remaining) {
			for (ForeignKeyRelation foreignKey : model.forwardRelations()) {
				if (foreignKey.target() == model && foreignKey.isNullable()) {
					nulledFirst.add(foreignKey);
				}
			}
		}
		Set<ForeignKeyRelation> dropped = new LinkedHashSet<>();
		while (!remaining.isEmpty()) {
			ModelMeta<?> next = null;
			for (ModelMeta<?> candidate : remaining) {
				if (!isReferenced(candidate, remaining, dropped)) {
					next = candidate;
					break;
				}
			}
			if (next == null) {
				ForeignKeyRelation breakable = nullableEdge(remaining, dropped);
				if (breakable != null) {
					nulledFirst.add(breakable);
					dropped.add(breakable);
					continue;
				}
				next = remaining.iterator().next();
			}
			order.add(next);
			remaining.remove(next);
		}
		return new DeletionOrder(List.copyOf(order), List.copyOf(nulledFirst));
	}

	/**
	 * Whether the model's rows go in reverse order of discovery, the deepest first: with a required self-reference
	 * (a tree), each row references only rows found before it, and a database that checks constraints per row
	 * (MariaDB) refuses any other order.
	 */
	static boolean deepestRowsFirst(ModelMeta<?> model) {
		for (ForeignKeyRelation foreignKey : model.forwardRelations()) {
			if (foreignKey.target() == model && !foreignKey.isNullable()) {
				return true;
			}
		}
		return false;
	}

	/** Whether a still-undeleted model other than {@code model} holds a key to it. */
	private static boolean isReferenced(ModelMeta<?> model, Set<ModelMeta<?>> remaining, Set<ForeignKeyRelation> dropped) {
		for (ModelMeta<?> other : remaining) {
			if (other == model) {
				continue;
			}
			for (ForeignKeyRelation foreignKey : other.forwardRelations()) {
				if (foreignKey.target() == model && !dropped.contains(foreignKey)) {
					return true;
				}
			}
		}
		return false;
	}

	/** A nullable key between two still-undeleted models, not yet dropped: setting it to NULL breaks a cycle. */
	private static ForeignKeyRelation nullableEdge(Set<ModelMeta<?>> remaining, Set<ForeignKeyRelation> dropped) {
		for (ModelMeta<?> model : remaining) {
			for (ForeignKeyRelation foreignKey : model.forwardRelations()) {
				if (foreignKey.isNullable() && foreignKey.target() != model && remaining.contains(foreignKey.target())
						&& !dropped.contains(foreignKey)) {
					return foreignKey;
				}
			}
		}
		return null;
	}
}
