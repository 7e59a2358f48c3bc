package io.covet.relations.query;

import java.util.List;

/**
 * The children of a prefetch grouped by owner slot ({@link OwnerSlots}). As rows arrive, each child's slot is noted
 * (the children themselves are in the loaded list, in the same order); {@link #lists} then hands out one exactly
 * sized, unmodifiable list per slot. Owners with one or two children do not each carry an array grown for ten, nor
 * a wrapper that makes it read-only. Slots are noted in an {@link IntSequence}, so a long result is not copied as it
 * grows.
 */
final class ChildGroups {

	private final int[] counts;

	private final IntSequence slots = new IntSequence();

	ChildGroups(int slotCount) {
		this.counts = new int[slotCount];
	}

	/** Notes that the next child belongs to {@code slot}; {@code -1}: to no owner, it is left out of every list. */
	void add(int slot) {
		this.slots.add(slot);
		if (slot >= 0) {
			this.counts[slot]++;
		}
	}

	/**
	 * One list per slot, in the order the children were noted; slots without children share one empty list.
	 * @param children the children, one per {@link #add} call and in the same order
	 */
	List<Object>[] lists(List<?> children) {
		int size = this.slots.size();
		if (children.size() != size) {
			throw new IllegalStateException(children.size() + " children for " + size + " noted slots");
		}
		Object[][] arrays = new Object[this.counts.length][];
		for (int slot = 0; slot < arrays.length; slot++) {
			arrays[slot] = (this.counts[slot] == 0) ? null : new Object[this.counts[slot]];
		}
		int[] filled = new int[this.counts.length];
		for (int i = 0; i < size; i++) {
			int slot = this.slots.get(i);
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
