package io.covet.relations.tree;

import java.util.List;
import java.util.Map;

/**
 * How one strategy answers the tree reads that depend on its encoding and keeps the encoding right on writes.
 * Reads are one statement each; writes run inside the caller's transaction, after the tree lock.
 */
interface TreeEncoding<T> {

	/** Ancestors, root first. */
	List<T> ancestors(T node, boolean includeSelf);

	/** Descendants up to {@code maxDepth} levels below, by depth then key. */
	List<T> descendants(T node, int maxDepth, boolean includeSelf);

	/** Levels above the node (0 for a root). */
	int depth(T node);

	/** Refuses, before anything is written, a new node the encoding cannot hold. */
	default void checkInsertable(T node) {
	}

	/** Fills the encoding of a node just inserted under {@code parent} (or as a root). */
	void inserted(T node, T parent);

	/** Moves a node (with its subtree) under {@code newParent}, or to the roots; refuses cycles. */
	void move(T node, T newParent);

	/** Recomputes the encoding of every row from the parent keys. */
	void rebuild(List<T> all, Map<Object, List<T>> childrenByParent, List<T> roots);

	/** Adds to {@code problems} every row whose encoding disagrees with the parent keys. */
	void verify(List<T> all, Map<Object, T> byKey, List<String> problems);
}
