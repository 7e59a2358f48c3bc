package io.covet.relations.tree;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The in-memory model of a forest: each node's parent by name ({@code null} for a root). */
final class ParentMap {

	private final Map<String, String> parents = new HashMap<>();

	Map<String, String> asMap() {
		return this.parents;
	}

	List<String> names() {
		return new ArrayList<>(this.parents.keySet()).stream().sorted().toList();
	}

	void put(String node, String parent) {
		this.parents.put(node, parent);
	}

	/** Ancestors, root first. */
	List<String> ancestors(String node) {
		List<String> chain = new ArrayList<>();
		for (String up = this.parents.get(node); up != null; up = this.parents.get(up)) {
			chain.add(0, up);
		}
		return chain;
	}

	/** Every descendant, sorted by name. */
	List<String> descendants(String node) {
		Set<String> below = new HashSet<>();
		for (String candidate : this.parents.keySet()) {
			if (ancestors(candidate).contains(node)) {
				below.add(candidate);
			}
		}
		return below.stream().sorted().toList();
	}

	/** Whether {@code node} is {@code root} or lies below it. */
	boolean within(String node, String root) {
		return node.equals(root) || ancestors(node).contains(root);
	}

	/** Removes a node and its subtree; returns how many nodes went. */
	int removeSubtree(String node) {
		List<String> doomed = new ArrayList<>(descendants(node));
		doomed.add(node);
		doomed.forEach(this.parents::remove);
		return doomed.size();
	}
}
