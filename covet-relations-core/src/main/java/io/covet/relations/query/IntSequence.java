package io.covet.relations.query;

import java.util.Arrays;

/**
 * A growing sequence of {@code int}s kept in fixed blocks: appending never copies what is already there, and no
 * number is boxed. A prefetch notes one number per row it reads (an owner's slot, a link's target) before it knows how
 * many rows there are.
 */
final class IntSequence {

	private static final int BLOCK_BITS = 10;

	private static final int BLOCK_SIZE = 1 << BLOCK_BITS;

	private int[][] blocks = new int[4][];

	private int size;

	void add(int value) {
		int block = this.size >>> BLOCK_BITS;
		if (block == this.blocks.length) {
			this.blocks = Arrays.copyOf(this.blocks, block * 2);
		}
		if (this.blocks[block] == null) {
			this.blocks[block] = new int[BLOCK_SIZE];
		}
		this.blocks[block][this.size & (BLOCK_SIZE - 1)] = value;
		this.size++;
	}

	int get(int index) {
		if (index < 0 || index >= this.size) {
			throw new IndexOutOfBoundsException("Index " + index + " of " + this.size);
		}
		return this.blocks[index >>> BLOCK_BITS][index & (BLOCK_SIZE - 1)];
	}

	int size() {
		return this.size;
	}
}
