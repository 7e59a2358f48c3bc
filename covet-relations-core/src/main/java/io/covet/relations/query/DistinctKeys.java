package io.covet.relations.query;

import java.util.ArrayList;
import java.util.List;

/**
 * Distinct keys numbered 0, 1, 2… in the order first seen, with the keys kept in that order: a {@link KeySlotTable}
 * (no node or boxed number per key) that is rebuilt at twice its size when full, for counts not known in advance
 * (the distinct targets among a many-to-many's link rows). Sized right, it is never rebuilt.
 */
final class DistinctKeys {

	private final List<Object> keys;

	private KeySlotTable numbers;

	DistinctKeys(int expected) {
		this.keys = new ArrayList<>(expected);
		this.numbers = new KeySlotTable(Math.max(1, expected));
	}

	/** The number of {@code key}, given the next number if it is new. */
	int numberOf(Object key) {
		if (this.keys.size() == this.numbers.capacity() && this.numbers.find(key) < 0) {
			KeySlotTable larger = new KeySlotTable(this.numbers.capacity() * 2);
			this.keys.forEach(larger::slotOf);
			this.numbers = larger;
		}
		int number = this.numbers.slotOf(key);
		if (number == this.keys.size()) {
			this.keys.add(key);
		}
		return number;
	}

	/** The number of {@code key}, or {@code -1} if it was never added (or is {@code null}). */
	int find(Object key) {
		return this.numbers.find(key);
	}

	/** The distinct keys, by number. */
	List<Object> keys() {
		return this.keys;
	}

	int size() {
		return this.keys.size();
	}
}
