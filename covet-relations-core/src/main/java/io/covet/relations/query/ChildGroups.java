package io.covet.relations.query;

import java.util.Arrays;
import java.util.List;

/**
 * The children of a prefetch grouped by owner slot ({@link OwnerSlots}). As rows arrive, each child's slot is noted
 * (the children themselves are in the loaded list, in the same order); {@link #lists} then hands out one exactly
 * sized, unmodifiable list per slot. Owners with one or two children do not each carry an array grown for ten, nor
 * a wrapper that makes it read-only. Slots are noted in fixed blocks, so a long result is not copied as it grows.
 */
final class ChildGroups {

	private static final int BLOCK_BITS = 10;

	private static final int BLOCK_SIZE = 1 << BLOCK_BITS;

	private final int[] counts;

	private int[][] blocks = new int[4][];

	private int size;

	ChildGroups(int slotCount) {
		this.counts = new int[slotCount];
	}

	/** Notes that the next child belongs to {@code slot}; {@code -1}: to no owner, it is left out of every list. */
	void add(int slot) {
		int block = this.size >>> BLOCK_BITS;
		if (block == this.blocks.length) {
			this.blocks = Arrays.copyOf(this.blocks, block * 2);
		}
		if (this.blocks[block] == null) {
			this.blocks[block] = new int[BLOCK_SIZE];
		}
		this.blocks[block][this.size & (BLOCK_SIZE - 1)] = slot;
		this.size++;
		if (slot >= 0) {
			this.counts[slot]++;
		}
	}

	/**
	 * One list per slot, in the order the children were noted; slots without children share one empty list.
	 * @param children the children, one per {@link #add} call and in the same order
	 */
	List<Object>[] lists(List<?> children) {
		if (children.size() != this.size) {
			throw new IllegalStateException(children.size() + " children for " + this.size + " noted slots");
		}
		Object[][] arrays = new Object[this.counts.length][];
		for (int slot = 0; slot < arrays.length; slot++) {
			arrays[slot] = (this.counts[slot] == 0) ? null : new Object[this.counts[slot]];
		}
		int[] filled = new int[this.counts.length];
		for (int i = 0; i < this.size; i++) {
			int slot = this.blocks[i >>> BLOCK_BITS][i & (BLOCK_SIZE - 1)];
			if (slot >= 0) {
				arrays[slot][filled[slot]++] = children.get(i);
			}
		}
		@SuppressWarnings("unchecked")
		List<Object>[] lists = new List[arrays.length];
		for (int slot = 0; slot < arrays.length; slot++) {
			lists[slot] = (arrays[slot] == null) ? List.of() : new PrefetchedList<>(arrays[slot]);
		}
		return lists;
	}
}
