package io.covet.relations.deletion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;

/**
 * The order in which a delete removes the models it collected, so that the database's constraints accept each
 * statement: the rows of a table that references another go before that table's. Computed from the metadata alone,
 * before any statement runs, and over tables rather than models: a single-table child or a proxy shares its base's
 * table, so a key to the base references its rows too, and a key declared on the base is theirs. Nullable keys
 * within one table (self-references) and nullable keys that close a cycle between tables are set to NULL on the
 * collected rows first, and then no longer count. A cycle of required keys has no such order: its tables follow in
 * collection order, and a table with a required key to itself has its rows deleted deepest first, across its models
 * ({@link #deepestRowsFirst}).
 *
 * @param tables the collected models grouped by table, each table before the tables it references
 * @param nulledFirst the nullable keys to set to NULL before any delete, in this order
 */
record DeletionOrder(List<List<ModelMeta<?>>> tables, List<Nulling> nulledFirst) {

	/**
	 * A nullable key to set to NULL on the collected rows of one model before the deletes.
	 *
	 * @param model the model whose collected rows are updated
	 * @param foreignKey the key, declared on the model or on the base whose table it shares
	 */
	record Nulling(ModelMeta<?> model, ForeignKeyRelation foreignKey) {
	}

	/** The order for these models (as collected: a required cycle keeps this order). */
	static DeletionOrder of(Collection<ModelMeta<?>> collected) {
		Map<String, List<ModelMeta<?>>> byTable = new LinkedHashMap<>();
		for (ModelMeta<?> model : collected) {
			byTable.computeIfAbsent(model.table(), table -> new ArrayList<>()).add(model);
		}
		List<Nulling> nulledFirst = new ArrayList<>();
		for (ModelMeta<?> model : collected) {
			// The collected rows of a single-table model may be rows of any class of its table: their keys count too.
			for (ForeignKeyRelation foreignKey : familyKeys(model)) {
				if (nullableInTable(foreignKey, model) && referencesTable(foreignKey, model.table())) {
					nulledFirst.add(new Nulling(model, foreignKey));
				}
			}
		}
		Set<String> remaining = new LinkedHashSet<>(byTable.keySet());
		Set<ForeignKeyRelation> dropped = new LinkedHashSet<>();
		List<List<ModelMeta<?>>> order = new ArrayList<>();
		while (!remaining.isEmpty()) {
			String next = null;
			for (String candidate : remaining) {
				if (!isReferenced(candidate, remaining, byTable, dropped)) {
					next = candidate;
					break;
				}
			}
			if (next == null) {
				ForeignKeyRelation breakable = nullableEdge(remaining, byTable, dropped);
				if (breakable != null) {
					// Declared on the table's base or on one model of it: null it wherever it is held.
					for (ModelMeta<?> member : byTable.get(breakable.source().table())) {
						if (member.forwardRelations().contains(breakable)) {
							nulledFirst.add(new Nulling(member, breakable));
						}
					}
					dropped.add(breakable);
					continue;
				}
				next = remaining.iterator().next();
			}
			order.add(List.copyOf(byTable.get(next)));
			remaining.remove(next);
		}
		return new DeletionOrder(List.copyOf(order), List.copyOf(nulledFirst));
	}

	/**
	 * Whether the model's rows go in reverse order of discovery, the deepest first: with a required key to its own
	 * table (a tree), each row references only rows found before it, and a database that checks constraints per row
	 * (MariaDB) refuses any other order.
	 */
	static boolean deepestRowsFirst(ModelMeta<?> model) {
		for (ForeignKeyRelation foreignKey : familyKeys(model)) {
			if (!nullableInTable(foreignKey, model) && referencesTable(foreignKey, model.table())) {
				return true;
			}
		}
		return false;
	}

	/** The foreign keys of every model whose rows share the model's table (its single-table classes and proxies). */
	private static Set<ForeignKeyRelation> familyKeys(ModelMeta<?> model) {
		Set<ForeignKeyRelation> keys = new LinkedHashSet<>();
		for (ModelMeta<?> member : model.tableFamily()) {
			keys.addAll(member.forwardRelations());
		}
		return keys;
	}

	/**
	 * Whether the key's column may hold NULL in the table: a nullable key, or one a single-table subclass declares,
	 * whose column the table's other classes leave empty (the schema creates it without NOT NULL).
	 */
	private static boolean nullableInTable(ForeignKeyRelation foreignKey, ModelMeta<?> model) {
		return foreignKey.isNullable() || foreignKey.source() != model.tableOwner();
	}

	private static boolean referencesTable(ForeignKeyRelation foreignKey, String table) {
		return foreignKey.target().table().equals(table);
	}

	/** Whether a still-undeleted table other than {@code table} holds a key to it. */
	private static boolean isReferenced(String table, Set<String> remaining, Map<String, List<ModelMeta<?>>> byTable,
			Set<ForeignKeyRelation> dropped) {
		for (String other : remaining) {
			if (other.equals(table)) {
				continue;
			}
			for (ModelMeta<?> member : byTable.get(other)) {
				for (ForeignKeyRelation foreignKey : member.forwardRelations()) {
					if (referencesTable(foreignKey, table) && !dropped.contains(foreignKey)) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** A nullable key from one still-undeleted table to another, not yet dropped: setting it to NULL breaks a cycle. */
	private static ForeignKeyRelation nullableEdge(Set<String> remaining, Map<String, List<ModelMeta<?>>> byTable,
			Set<ForeignKeyRelation> dropped) {
		for (String table : remaining) {
			for (ModelMeta<?> member : byTable.get(table)) {
				for (ForeignKeyRelation foreignKey : member.forwardRelations()) {
					String target = foreignKey.target().table();
					if (foreignKey.isNullable() && !target.equals(table) && remaining.contains(target)
							&& !dropped.contains(foreignKey)) {
						return foreignKey;
					}
				}
			}
		}
		return null;
	}
}
