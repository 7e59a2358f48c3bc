package io.covet.relations.schema;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Naming;

/**
 * Names constraints and indexes: {@code <prefix>_<table>_<column>}, {@linkplain Naming#composed shortened} to fit every
 * database. Joining with {@code _} makes different parts read the same ({@code ab} + {@code c_d} and {@code ab_c} +
 * {@code d} both give {@code ix_ab_c_d}), yet index names are per schema on PostgreSQL and SQLite and foreign-key
 * names per database on MariaDB.
 * <p>
 * Which names clash is decided over every model of the registry, not over the tables one call creates: tables are
 * often created in several calls (the starter creates only the missing ones at startup, so a model added in a later
 * version arrives alone), and a name must not depend on which tables a call happens to include. A name that two
 * (table, column) pairs of the registry compose therefore ends, for each of them, with a checksum of its own table and
 * column; every other name stays plain, as it always was.
 */
final class ConstraintNames {

	/** Composed names (case-folded) that more than one (prefix, table, column) of the registry gives. */
	private final Set<String> clashing = new HashSet<>();

	/** Names given in this run, a last guard against a clash the registry did not foresee. */
	private final Set<String> taken = new HashSet<>();

	ConstraintNames(Collection<ModelMeta<?>> registered) {
		Map<String, Set<String>> owners = new HashMap<>();
		for (ModelMeta<?> model : registered) {
			if (model.sharesTable()) {
				continue;
			}
			String table = model.table();
			for (ForeignKeyRelation relation : SchemaManager.tableRelations(model)) {
				claim(owners, "fk", table, relation.column().column());
			}
			for (FieldMeta field : SchemaManager.indexedFields(model)) {
				claim(owners, "ix", table, field.column());
			}
			for (List<FieldMeta> group : model.uniqueTogether()) {
				claim(owners, "uq", table, uniqueColumns(group));
			}
		}
		owners.forEach((name, pairs) -> {
			if (pairs.size() > 1) {
				this.clashing.add(name);
			}
		});
	}

	private static void claim(Map<String, Set<String>> owners, String prefix, String table, String column) {
		owners.computeIfAbsent(folded(plain(prefix, table, column)), name -> new HashSet<>()).add(table + "\u0000" + column);
	}

	static String uniqueColumns(List<FieldMeta> group) {
		return String.join("_", group.stream().map(FieldMeta::column).toList());
	}

	String of(String prefix, String table, String column) {
		String name = plain(prefix, table, column);
		if (!this.clashing.contains(folded(name)) && this.taken.add(folded(name))) {
			return name;
		}
		String distinct = Naming.composed(name + "_" + Naming.checksum(table + "\u0000" + column));
		this.taken.add(folded(distinct));
		return distinct;
	}

	private static String plain(String prefix, String table, String column) {
		return Naming.composed(prefix + "_" + table + "_" + column);
	}

	private static String folded(String name) {
		return name.toLowerCase(Locale.ROOT);
	}
}
