package io.covet.relations.query;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import io.covet.relations.dialect.ColumnReader;

/**
 * The owners of one prefetch level, numbered: each distinct owner key gets a slot (in the order first seen, which is
 * the order of the keys the query binds), and each owner, by its position in the loaded list, remembers its slot.
 * Matching the owners to their children afterwards is then an array lookup per owner, not a second pass of key reads
 * and hash lookups.
 */
final class OwnerSlots {

	private static final int NO_SLOT = -1;

	private final DistinctKeys keys;

	private final List<Object> firstOwners;

	private final int[] slotOfOwner;

	/** Room for {@code owners} owners, whose keys {@code keys} numbers (made for that many, and empty). */
	OwnerSlots(DistinctKeys keys, int owners) {
		if (keys.size() != 0) {
			throw new IllegalArgumentException("The owners' key numbering must start empty");
		}
		this.keys = keys;
		this.firstOwners = new ArrayList<>(owners);
		this.slotOfOwner = new int[owners];
		Arrays.fill(this.slotOfOwner, NO_SLOT);
	}

	/**
	 * The owners numbered by {@code keyOf}, the value of each owner's side of the relation, in a numbering of
	 * {@code keyType} whose rows {@code reader} reads ({@link DistinctKeys#of}).
	 */
	static OwnerSlots of(List<?> owners, Class<?> keyType, ColumnReader reader, Function<Object, Object> keyOf) {
		OwnerSlots slots = new OwnerSlots(DistinctKeys.of(keyType, reader, owners.size()), owners.size());
		for (int i = 0; i < owners.size(); i++) {
			Object owner = owners.get(i);
			slots.assign(i, owner, keyOf.apply(owner));
		}
		return slots;
	}

	/** Records the owner at {@code position} with its key; owners without a key ({@code null}) get no slot. */
	void assign(int position, Object owner, Object key) {
		if (key == null) {
			return;
		}
		int slot = this.keys.numberOf(key);
		if (slot == this.firstOwners.size()) {
			this.firstOwners.add(owner);
		}
		this.slotOfOwner[position] = slot;
	}

	/** The slot of an owner key, or {@code -1} for a key no owner has. */
	int slotOf(Object key) {
		return this.keys.find(key);
	}

	/** The slot of the owner whose key is in {@code column} of the current row, or {@code -1} (no such owner, NULL). */
	int slotOf(ResultSet rs, int column) throws SQLException {
		return this.keys.find(rs, column);
	}

	/** The slot of the owner at {@code position}, or {@code -1} when it had no key. */
	int slotOfOwner(int position) {
		return this.slotOfOwner[position];
	}

	/** The owner at {@code position}'s list among {@code perSlot} ({@link ChildGroups#lists}); empty without a key. */
	List<Object> listOf(int position, List<Object>[] perSlot) {
		int slot = this.slotOfOwner[position];
		return (slot >= 0) ? perSlot[slot] : List.of();
	}

	/** The distinct owner keys, slot by slot. */
	List<Object> keys() {
		return this.keys.keys();
	}

	/** The first owner seen with the slot's key (the one a shared back reference points at). */
	Object firstOwner(int slot) {
		return this.firstOwners.get(slot);
	}

	int size() {
		return this.keys.size();
	}
}
