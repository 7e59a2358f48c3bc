package io.covet.relations.query;

/**
 * Distinct keys numbered 0, 1, 2… in the order they are added, found again by equality: an open-addressing table of
 * keys and their numbers in two arrays. A prefetch numbers every owner key; a {@code HashMap<Object, Integer>} would
 * add a node and often a boxed number per owner, 48 bytes each, which a hundred thousand owners notice.
 */
final class KeySlotTable {

	private static final int ABSENT = -1;

	private static final int MAX_CAPACITY = 1 << 29;

	private final Object[] keys;

	private final int[] slots;

	/** Bits of a place in the table: its size is {@code 1 << bits}. */
	private final int bits;

	private int size;

	/** A table for up to {@code capacity} keys (it does not grow), at most half full. */
	KeySlotTable(int capacity) {
		int bits = bitsFor(capacity);
		this.keys = new Object[1 << bits];
		this.slots = new int[1 << bits];
		this.bits = bits;
	}

	/** Bits of the place numbers of a table for {@code capacity} keys, at most half full. */
	static int bitsFor(int capacity) {
		if (capacity > MAX_CAPACITY) {
			throw new IllegalArgumentException("At most " + MAX_CAPACITY + " keys, not " + capacity);
		}
		return 32 - Integer.numberOfLeadingZeros(Math.max(1, capacity)) + 1;
	}

	/** The number of {@code key}, given the next number if it is new. */
	int slotOf(Object key) {
		int index = indexOf(key);
		if (this.keys[index] == null) {
			if (this.size * 2 >= this.keys.length) {
				throw new IllegalStateException("More keys than the " + this.keys.length / 2 + " this table was sized for");
			}
			this.keys[index] = key;
			this.slots[index] = this.size++;
		}
		return this.slots[index];
	}

	/** The number of {@code key}, or {@code -1} if it was never added (or is {@code null}). */
	int find(Object key) {
		if (key == null) {
			return ABSENT;
		}
		int index = indexOf(key);
		return (this.keys[index] != null) ? this.slots[index] : ABSENT;
	}

	int size() {
		return this.size;
	}

	/** How many keys the table takes (half its places). */
	int capacity() {
		return this.keys.length / 2;
	}

	/** Where {@code key} is, or the empty place it would go. */
	private int indexOf(Object key) {
		int mask = this.keys.length - 1;
		int index = place(key.hashCode(), this.bits, mask);
		while (this.keys[index] != null && !this.keys[index].equals(key)) {
			index = (index + 1) & mask;
		}
		return index;
	}

	/**
	 * The first place to probe for a key with {@code hash}. The hash's low bits are kept as they are, so consecutive
	 * ids take neighbouring places: owners numbered in key order and children arriving in that order then walk the
	 * table in memory order, where a scattering hash made each lookup a cache miss (a third of a 100,000-owner
	 * prefetch's Java time on PostgreSQL). The high bits, Fibonacci-scrambled, are added in, so keys that differ
	 * only there (a stride of the table's size, ids with a fixed low part) still spread.
	 */
	static int place(int hash, int bits, int mask) {
		return (hash + (hash >>> bits) * 0x9E3779B9) & mask;
	}
}
