package io.covet.relations.sql;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * A statement's bind parameters, one per placeholder, kept as parallel arrays of values and types rather than one
 * {@link SqlParameter} per placeholder: an IN-list of 30,000 keys then costs two array slots a key instead of a
 * record, a list slot and the statement's copy of the list. Read as a {@code List<SqlParameter>}, it makes each
 * record when asked; the executor binds from {@link #value}, {@link #type} and {@link #isArray} directly.
 * <p>
 * Immutable: it reads the first {@link #size()} slots of arrays that are only ever appended to.
 */
public final class SqlParameters extends AbstractList<SqlParameter> implements RandomAccess {

	private static final Object[] NO_VALUES = {};

	private static final Class<?>[] NO_TYPES = {};

	private static final boolean[] NO_FLAGS = {};

	private static final SqlParameters NONE = new SqlParameters(NO_VALUES, NO_TYPES, NO_FLAGS, 0);

	private final Object[] values;

	private final Class<?>[] types;

	private final boolean[] arrays;

	private final int size;

	SqlParameters(Object[] values, Class<?>[] types, boolean[] arrays, int size) {
		this.values = values;
		this.types = types;
		this.arrays = arrays;
		this.size = size;
	}

	/** The parameters of any list, or the list itself when it is already a {@code SqlParameters}. */
	public static SqlParameters copyOf(List<SqlParameter> parameters) {
		if (parameters instanceof SqlParameters compact) {
			return compact;
		}
		int size = parameters.size();
		if (size == 0) {
			return NONE;
		}
		Object[] values = new Object[size];
		Class<?>[] types = new Class<?>[size];
		boolean[] arrays = new boolean[size];
		for (int i = 0; i < size; i++) {
			SqlParameter parameter = parameters.get(i);
			values[i] = parameter.value();
			types[i] = parameter.type();
			arrays[i] = parameter.array();
		}
		return new SqlParameters(values, types, arrays, size);
	}

	/** The value bound to placeholder {@code index} (0-based), or the {@code Object[]} of an array parameter. */
	public Object value(int index) {
		return this.values[checked(index)];
	}

	/** The boxed Java type of the value, or of an array parameter's elements. */
	public Class<?> type(int index) {
		return this.types[checked(index)];
	}

	/** Whether placeholder {@code index} is bound to one SQL array. */
	public boolean isArray(int index) {
		return this.arrays[checked(index)];
	}

	@Override
	public SqlParameter get(int index) {
		int checked = checked(index);
		return new SqlParameter(this.values[checked], this.types[checked], this.arrays[checked]);
	}

	@Override
	public int size() {
		return this.size;
	}

	private int checked(int index) {
		if (index < 0 || index >= this.size) {
			throw new IndexOutOfBoundsException("Parameter " + index + " of " + this.size);
		}
		return index;
	}

	/** Appends parameters to parallel arrays that grow; {@link #snapshot} shares them, since slots are never rewritten. */
	static final class Appender {

		private Object[] values = NO_VALUES;

		private Class<?>[] types = NO_TYPES;

		private boolean[] arrays = NO_FLAGS;

		private int size;

		void add(Object value, Class<?> type, boolean array) {
			if (this.size == this.values.length) {
				reserve(1);
			}
			this.values[this.size] = value;
			this.types[this.size] = type;
			this.arrays[this.size] = array;
			this.size++;
		}

		void addAll(Appender other) {
			reserve(other.size);
			System.arraycopy(other.values, 0, this.values, this.size, other.size);
			System.arraycopy(other.types, 0, this.types, this.size, other.size);
			System.arraycopy(other.arrays, 0, this.arrays, this.size, other.size);
			this.size += other.size;
		}

		/** Room for {@code more} parameters without growing again. */
		void reserve(int more) {
			int needed = this.size + more;
			if (needed > this.values.length) {
				int capacity = Math.max(Math.max(needed, 8), this.values.length + (this.values.length >> 1));
				this.values = Arrays.copyOf(this.values, capacity);
				this.types = Arrays.copyOf(this.types, capacity);
				this.arrays = Arrays.copyOf(this.arrays, capacity);
			}
		}

		int size() {
			return this.size;
		}

		SqlParameters snapshot() {
			return (this.size == 0) ? NONE : new SqlParameters(this.values, this.types, this.arrays, this.size);
		}
	}
}
