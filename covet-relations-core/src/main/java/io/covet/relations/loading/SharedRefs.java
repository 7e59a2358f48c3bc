package io.covet.relations.loading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;

import io.covet.relations.metadata.ValueTypes;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RefResolver;

/**
 * The unloaded references one query reads, shared per foreign-key column and key: the ten publishers behind a
 * hundred thousand books become ten {@link Ref}s a query hands out again, not a hundred thousand kept alive with the
 * books. A {@code Ref} is immutable (loading replaces it in its field), so owners can share one.
 * <p>
 * Each column has a small direct-mapped table: a key lands in one place, and a different key landing there
 * replaces it. A column of repeating keys (a few publishers, or the siblings of a tree arriving together) hits
 * almost always; a column of distinct keys costs a hash and a compare per row and never grows. Tables are made on a
 * column's first reference, so a result set without foreign keys costs one empty object. One instance serves one
 * result set on one thread.
 */
public final class SharedRefs {

	/** Places per column: enough for the repeating keys of one result set, small enough to make per query. */
	static final int PLACES = 256;

	/** Per column index of the reader's row, that foreign key's table; grown to the highest column seen. */
	private Ref<?>[][] tables = new Ref<?>[0][];

	/** An unloaded reference to {@code key} for the foreign key at {@code column}: one made earlier if it is here. */
	Ref<?> unloaded(int column, Object key, RefResolver<?> resolver) {
		if (key == null) {
			return Ref.none();
		}
		Ref<?>[] table = table(column);
		int place = place(key.hashCode());
		Ref<?> known = table[place];
		if (known != null && key.equals(known.id())) {
			return known;
		}
		Ref<?> made = Ref.unloaded(key, resolver);
		table[place] = made;
		return made;
	}

	/**
	 * {@link #unloaded(int, Object, RefResolver)} for a {@code Long} or {@code Integer} foreign key, read from
	 * {@code index} of the current row with {@code getLong}: a key found here is compared as a number and not boxed.
	 * @param integers whether the key is an {@code Integer} (else a {@code Long})
	 */
	Ref<?> unloadedIntegral(int column, ResultSet rs, int index, boolean integers, RefResolver<?> resolver)
			throws SQLException {
		long key = rs.getLong(index);
		if (key == 0 && rs.wasNull()) {
			return Ref.none();
		}
		Ref<?>[] table = table(column);
		// The hash of the boxed key, so a column's places do not depend on how its keys were read.
		int place = place(integers ? Integer.hashCode((int) key) : Long.hashCode(key));
		Ref<?> known = table[place];
		if (known != null && ((Number) known.id()).longValue() == key) {
			return known;
		}
		Ref<?> made = Ref.unloaded(ValueTypes.boxIntegralKey(key, integers), resolver);
		table[place] = made;
		return made;
	}

	private Ref<?>[] table(int column) {
		if (column >= this.tables.length) {
			this.tables = Arrays.copyOf(this.tables, column + 1);
		}
		Ref<?>[] table = this.tables[column];
		if (table == null) {
			table = new Ref<?>[PLACES];
			this.tables[column] = table;
		}
		return table;
	}

	private static int place(int hash) {
		return (hash ^ (hash >>> 16)) & (PLACES - 1);
	}
}
