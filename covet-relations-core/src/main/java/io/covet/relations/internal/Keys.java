package io.covet.relations.internal;

import java.math.BigDecimal;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Key equality as the database decides it, for keys Java holds in hash tables and sets or compares. Java's
 * {@code equals} disagrees with the database for some key types: a {@code byte[]} (a {@code toField} on a unique
 * binary column) is equal only to itself, and every key read from a row is a new array; a {@code BigDecimal} counts
 * its scale, so {@code 1.5} and {@code 1.50} differ, where the database compares values; an {@code Integer} 7 and a
 * {@code Long} 7 differ. Prefetches matching rows to owners, and managers comparing the caller's keys with the
 * database's, go through {@link #normalized}, so that they all agree on which keys are the same. Keys handed to the
 * caller or bound to statements stay as they are.
 */
public final class Keys {

	private Keys() {
	}

	/**
	 * A stand-in for {@code key} whose {@code equals} and {@code hashCode} follow the database: a {@code byte[]} by
	 * its bytes, a {@code BigDecimal} by its value, a whole number by its {@code long} value; other keys (and
	 * {@code null}) as they are. Use it only as a lookup key, never as a value.
	 */
	public static Object normalized(Object key) {
		if (key instanceof byte[] bytes) {
			return new BinaryKey(bytes);
		}
		if (key instanceof BigDecimal decimal) {
			// 1.5 and 1.50 become one form, and so do 0.00 and 0 (Java 8 and later).
			return decimal.stripTrailingZeros();
		}
		return widened(key);
	}

	/** A whole number as a {@code long}, so that an {@code Integer} 7 and a {@code Long} 7 are one key; others as they are. */
	private static Object widened(Object key) {
		return (key instanceof Integer || key instanceof Short || key instanceof Byte) ? ((Number) key).longValue() : key;
	}

	/**
	 * Keys compared as the databases order them: numbers by value, binary keys and UUIDs by their unsigned bytes
	 * (PostgreSQL's {@code uuid} and {@code bytea}), text by code point (as MariaDB's and SQLite's binary collations and
	 * PostgreSQL's {@code C} collation order it; a linguistic collation may order text otherwise), other comparable keys
	 * of one class by {@code compareTo}. A total order on one model's keys: the first
	 * and last of an unordered prefetch, and the order many-to-many link rows are written in, so that two transactions
	 * writing the same pairs lock them in the same order.
	 */
	@SuppressWarnings({ "unchecked", "rawtypes" })
	public static int compare(Object one, Object other) {
		Object a = widened(one);
		Object b = widened(other);
		if (a == null || b == null) {
			return (a == null) ? ((b == null) ? 0 : -1) : 1;
		}
		if (a instanceof byte[] x && b instanceof byte[] y) {
			return Arrays.compareUnsigned(x, y);
		}
		if (a instanceof UUID x && b instanceof UUID y) {
			int high = Long.compareUnsigned(x.getMostSignificantBits(), y.getMostSignificantBits());
			return (high != 0) ? high : Long.compareUnsigned(x.getLeastSignificantBits(), y.getLeastSignificantBits());
		}
		if (a instanceof String x && b instanceof String y) {
			return compareCodePoints(x, y);
		}
		if (a instanceof Comparable comparable && a.getClass() == b.getClass()) {
			return comparable.compareTo(b);
		}
		return 0;
	}

	/** Text by Unicode code point: {@code String.compareTo} counts UTF-16 units, which put U+FFxx after an emoji. */
	private static int compareCodePoints(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			int x = a.codePointAt(i);
			int y = b.codePointAt(j);
			if (x != y) {
				return Integer.compare(x, y);
			}
			i += Character.charCount(x);
			j += Character.charCount(y);
		}
		return Boolean.compare(i < a.length(), j < b.length());
	}

	/** Whether two keys are the same key for the database ({@link #normalized}). */
	public static boolean same(Object one, Object other) {
		return Objects.equals(normalized(one), normalized(other));
	}

	/** An empty set of keys, in insertion order, whose members are distinct by {@link #normalized} key. */
	public static Set<Object> newSet() {
		return new KeySet();
	}

	/**
	 * The distinct keys of {@code keys} ({@link #normalized}), in order, the first of equal ones kept. For
	 * {@code removeAll} and {@code retainAll} between such sets, both must be made here: the argument's
	 * {@code contains} decides.
	 */
	public static Set<Object> setOf(Collection<?> keys) {
		KeySet set = new KeySet();
		set.addAll(keys);
		return set;
	}

	/** A binary key compared by its bytes. The array is not copied: keys are not changed while they are looked up. */
	private static final class BinaryKey {

		private final byte[] bytes;

		BinaryKey(byte[] bytes) {
			this.bytes = bytes;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof BinaryKey key && Arrays.equals(this.bytes, key.bytes);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(this.bytes);
		}

		@Override
		public String toString() {
			return Arrays.toString(this.bytes);
		}
	}

	/** Keys as given, distinct by their normalized form: a map from that form to the first key given. */
	private static final class KeySet extends AbstractSet<Object> {

		private final Map<Object, Object> byNormalized = new LinkedHashMap<>();

		@Override
		public boolean add(Object key) {
			Object normalized = normalized(key);
			if (this.byNormalized.containsKey(normalized)) {
				return false;
			}
			this.byNormalized.put(normalized, key);
			return true;
		}

		@Override
		public boolean contains(Object key) {
			return this.byNormalized.containsKey(normalized(key));
		}

		@Override
		public boolean remove(Object key) {
			Object normalized = normalized(key);
			if (!this.byNormalized.containsKey(normalized)) {
				return false;
			}
			this.byNormalized.remove(normalized);
			return true;
		}

		@Override
		public Iterator<Object> iterator() {
			return this.byNormalized.values().iterator();
		}

		@Override
		public int size() {
			return this.byNormalized.size();
		}
	}
}
