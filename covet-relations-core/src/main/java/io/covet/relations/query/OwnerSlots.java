package io.covet.relations.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The owners of one prefetch level, numbered: each distinct owner key gets a slot (in the order first seen, which is
 * the order of the keys the query binds), and each owner, by its position in the loaded list, remembers its slot.
 * Matching the owners to their children afterwards is then an array lookup per owner, not a second pass of key reads
 * and hash lookups.
 */
final class OwnerSlots {

	private static final int NO_SLOT = -1;

	private final KeySlotTable slotOfKey;

	private final List<Object> keys;

	private final List<Object> firstOwners;

	private final int[] slotOfOwner;

	OwnerSlots(int owners) {
		this.slotOfKey = new KeySlotTable(owners);
		this.keys = new ArrayList<>(owners);
		this.firstOwners = new ArrayList<>(owners);
		this.slotOfOwner = new int[owners];
		Arrays.fill(this.slotOfOwner, NO_SLOT);
	}

	/** Records the owner at {@code position} with its key; owners without a key ({@code null}) get no slot. */
	void assign(int position, Object owner, Object key) {
		if (key == null) {
			return;
		}
		int slot = this.slotOfKey.slotOf(key);
		if (slot == this.keys.size()) {
			this.keys.add(key);
			this.firstOwners.add(owner);
		}
		this.slotOfOwner[position] = slot;
	}

	/** The slot of an owner key, or {@code -1} for a key no owner has. */
	int slotOf(Object key) {
		return this.slotOfKey.find(key);
	}

	/** The slot of the owner at {@code position}, or {@code -1} when it had no key. */
	int slotOfOwner(int position) {
		return this.slotOfOwner[position];
	}

	/** The distinct owner keys, slot by slot. */
	List<Object> keys() {
		return this.keys;
	}

	/** The first owner seen with the slot's key (the one a shared back reference points at). */
	Object firstOwner(int slot) {
		return this.firstOwners.get(slot);
	}

	int size() {
		return this.keys.size();
	}
}
