package io.covet.relations.schema;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.covet.relations.metadata.Naming;

/**
 * Names the constraints and indexes of one {@link SchemaManager#createStatements} run:
 * {@code <prefix>_<table>_<column>}, {@linkplain Naming#composed shortened} to fit every database. Joining with
 * {@code _} makes different parts read the same ({@code ab} + {@code c_d} and {@code ab_c} + {@code d} both give
 * {@code ix_ab_c_d}), yet index names are per schema on PostgreSQL and SQLite and foreign-key names per database on
 * MariaDB; a name already given in the run therefore gets a checksum of its own table and column.
 */
final class ConstraintNames {

	private final Set<String> taken = new HashSet<>();

	String of(String prefix, String table, String column) {
		String name = Naming.composed(prefix + "_" + table + "_" + column);
		if (this.taken.add(name.toLowerCase(Locale.ROOT))) {
			return name;
		}
		String distinct = Naming.composed(name + "_" + Naming.checksum(table + "\u0000" + column));
		this.taken.add(distinct.toLowerCase(Locale.ROOT));
		return distinct;
	}
}
