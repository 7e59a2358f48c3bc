package io.covet.relations.m2m;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The in-memory model of one many-to-many table: the set of (left key, right key) rows it must hold. Calls name an
 * owner and a side; a symmetrical relation stores every pair in both directions, as the library must.
 */
final class PairOracle {

	private final boolean symmetrical;

	private final Set<List<Long>> rows = new HashSet<>();

	PairOracle(boolean symmetrical) {
		this.symmetrical = symmetrical;
	}

	Set<List<Long>> rows() {
		return this.rows;
	}

	/** Keys related to {@code owner} on the given side. */
	Set<Long> related(long owner, boolean reverse) {
		Set<Long> related = new HashSet<>();
		for (List<Long> row : this.rows) {
			if (row.get(reverse ? 1 : 0) == owner) {
				related.add(row.get(reverse ? 0 : 1));
			}
		}
		return related;
	}

	void add(long owner, boolean reverse, Collection<Long> targets) {
		for (long target : targets) {
			this.rows.add(row(owner, target, reverse));
			if (this.symmetrical) {
				this.rows.add(row(target, owner, reverse));
			}
		}
	}

	void remove(long owner, boolean reverse, Collection<Long> targets) {
		for (long target : targets) {
			this.rows.remove(row(owner, target, reverse));
			if (this.symmetrical) {
				this.rows.remove(row(target, owner, reverse));
			}
		}
	}

	void clear(long owner, boolean reverse) {
		remove(owner, reverse, new ArrayList<>(related(owner, reverse)));
	}

	void set(long owner, boolean reverse, Collection<Long> targets) {
		clear(owner, reverse);
		add(owner, reverse, targets);
	}

	private static List<Long> row(long owner, long target, boolean reverse) {
		return reverse ? List.of(target, owner) : List.of(owner, target);
	}
}
