package io.covet.relations.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import io.covet.relations.dialect.ColumnReader;
import io.covet.relations.internal.Keys;
import io.covet.relations.metadata.ValueTypes;

/**
 * Distinct keys numbered 0, 1, 2… in the order first seen, with the keys kept in that order. The table is rebuilt at
 * twice its size when full, for counts not known in advance (the distinct targets among a many-to-many's link rows,
 * the authors among joined books); sized right, it is never rebuilt.
 * <p>
 * Keys can be numbered straight from a result set column. {@code Long} and {@code Integer} keys are then read with
 * {@code getLong} and looked up in a {@link LongKeySlotTable}, so a row whose key was seen before boxes nothing; only
 * a new key is boxed, once, for {@link #keys()}. Other key types go through the dialect's {@link ColumnReader} and a
 * {@link KeySlotTable}.
 */
abstract sealed class DistinctKeys permits DistinctKeys.ObjectKeys, DistinctKeys.IntegralKeys {

	private static final int ABSENT = -1;

	private final List<Object> keys;

	private DistinctKeys(int expected) {
		this.keys = new ArrayList<>(Math.max(1, expected));
	}

	/**
	 * Numbering for about {@code expected} keys of {@code keyType}. {@code reader} reads a key of another type than
	 * {@code Long} or {@code Integer} from a result set; it may be {@code null} where keys are only given as objects.
	 */
	static DistinctKeys of(Class<?> keyType, ColumnReader reader, int expected) {
		if (ValueTypes.isIntegralKey(keyType)) {
			return new IntegralKeys(keyType == Integer.class, expected);
		}
		return new ObjectKeys(reader, expected);
	}

	/** The number of {@code key}, given the next number if it is new. */
	abstract int numberOf(Object key);

	/** The number of {@code key}, or {@code -1} if it was never added (or is {@code null}). */
	abstract int find(Object key);

	/** The number of the key in {@code column} of the current row, given the next if it is new; {@code -1}: NULL. */
	abstract int numberOf(ResultSet rs, int column) throws SQLException;

	/** The number of the key in {@code column} of the current row, or {@code -1} for NULL or a key never added. */
	abstract int find(ResultSet rs, int column) throws SQLException;

	/** The distinct keys, by number. */
	final List<Object> keys() {
		return this.keys;
	}

	final int size() {
		return this.keys.size();
	}

	/**
	 * Keys compared as the database compares them ({@link Keys#normalized}: a {@code byte[]} by its bytes, a
	 * {@code BigDecimal} by its value), read by the dialect's reader for their type. {@link #keys()} keeps them as
	 * given, for binding.
	 */
	static final class ObjectKeys extends DistinctKeys {

		private final ColumnReader reader;

		private KeySlotTable numbers;

		ObjectKeys(ColumnReader reader, int expected) {
			super(expected);
			this.reader = reader;
			this.numbers = new KeySlotTable(Math.max(1, expected));
		}

		@Override
		int numberOf(Object key) {
			Object normalized = Keys.normalized(key);
			if (size() == this.numbers.capacity() && this.numbers.find(normalized) < 0) {
				KeySlotTable larger = new KeySlotTable(this.numbers.capacity() * 2);
				keys().forEach(known -> larger.slotOf(Keys.normalized(known)));
				this.numbers = larger;
			}
			int number = this.numbers.slotOf(normalized);
			if (number == size()) {
				keys().add(key);
			}
			return number;
		}

		@Override
		int find(Object key) {
			return this.numbers.find(Keys.normalized(key));
		}

		@Override
		int numberOf(ResultSet rs, int column) throws SQLException {
			Object key = this.reader.read(rs, column);
			return (key != null) ? numberOf(key) : ABSENT;
		}

		@Override
		int find(ResultSet rs, int column) throws SQLException {
			return find(this.reader.read(rs, column));
		}
	}

	/**
	 * {@code Long} or {@code Integer} keys, compared by value as {@code long}s: an {@code Integer} 7 and a
	 * {@code Long} 7 are the same key here.
	 */
	static final class IntegralKeys extends DistinctKeys {

		/** Whether a key read from a column is kept as an {@code Integer} rather than a {@code Long}. */
		private final boolean integers;

		private LongKeySlotTable numbers;

		IntegralKeys(boolean integers, int expected) {
			super(expected);
			this.integers = integers;
			this.numbers = new LongKeySlotTable(Math.max(1, expected));
		}

		@Override
		int numberOf(Object key) {
			int number = numberOf(value(key));
			if (number == size()) {
				keys().add(key);
			}
			return number;
		}

		@Override
		int find(Object key) {
			return (key instanceof Long || key instanceof Integer) ? this.numbers.find(((Number) key).longValue()) : ABSENT;
		}

		@Override
		int numberOf(ResultSet rs, int column) throws SQLException {
			long key = rs.getLong(column);
			if (key == 0 && rs.wasNull()) {
				return ABSENT;
			}
			int number = numberOf(key);
			if (number == size()) {
				keys().add(ValueTypes.boxIntegralKey(key, this.integers));
			}
			return number;
		}

		@Override
		int find(ResultSet rs, int column) throws SQLException {
			long key = rs.getLong(column);
			return (key == 0 && rs.wasNull()) ? ABSENT : this.numbers.find(key);
		}

		/** The number of {@code key}; a new key's number is {@link #size()}, and the caller adds its object. */
		private int numberOf(long key) {
			if (size() == this.numbers.capacity() && this.numbers.find(key) < 0) {
				LongKeySlotTable larger = new LongKeySlotTable(this.numbers.capacity() * 2);
				keys().forEach(known -> larger.slotOf(((Number) known).longValue()));
				this.numbers = larger;
			}
			return this.numbers.slotOf(key);
		}

		private static long value(Object key) {
			if (key instanceof Long || key instanceof Integer) {
				return ((Number) key).longValue();
			}
			throw new IllegalArgumentException("Not a Long or Integer key: " + key
					+ ((key != null) ? " (" + key.getClass().getName() + ")" : ""));
		}
	}
}
