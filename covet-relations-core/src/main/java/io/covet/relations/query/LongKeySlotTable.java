package io.covet.relations.query;

/**
 * {@link KeySlotTable} for integral keys held as {@code long}s: a key read with {@code ResultSet.getLong} is found
 * without boxing it. A many-to-many prefetch reads two keys per link row; boxed, they were a third of the bytes it
 * allocated. Same numbering and placement as {@link KeySlotTable}.
 */
final class LongKeySlotTable {

	private static final int ABSENT = -1;

	private final long[] keys;

	/** Each place's number plus one; {@code 0} marks an empty place, so no key value is reserved. */
	private final int[] slotsPlusOne;

	private final int bits;

	private int size;

	/** A table for up to {@code capacity} keys (it does not grow), at most half full. */
	LongKeySlotTable(int capacity) {
		this.bits = KeySlotTable.bitsFor(capacity);
		this.keys = new long[1 << this.bits];
		this.slotsPlusOne = new int[1 << this.bits];
	}

	/** The number of {@code key}, given the next number if it is new. */
	int slotOf(long key) {
		int index = indexOf(key);
		if (this.slotsPlusOne[index] == 0) {
			if (this.size * 2 >= this.keys.length) {
				throw new IllegalStateException("More keys than the " + capacity() + " this table was sized for");
			}
			this.keys[index] = key;
			this.slotsPlusOne[index] = ++this.size;
		}
		return this.slotsPlusOne[index] - 1;
	}

	/** The number of {@code key}, or {@code -1} if it was never added. */
	int find(long key) {
		int slotPlusOne = this.slotsPlusOne[indexOf(key)];
		return (slotPlusOne != 0) ? slotPlusOne - 1 : ABSENT;
	}

	int size() {
		return this.size;
	}

	/** How many keys the table takes (half its places). */
	int capacity() {
		return this.keys.length / 2;
	}

	private int indexOf(long key) {
		int mask = this.keys.length - 1;
		int index = KeySlotTable.place(Long.hashCode(key), this.bits, mask);
		while (this.slotsPlusOne[index] != 0 && this.keys[index] != key) {
			index = (index + 1) & mask;
		}
		return index;
	}
}
