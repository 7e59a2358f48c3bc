package io.covet.relations.tree;

import java.util.List;
import java.util.function.Supplier;

import io.covet.relations.CovetRelations;
import io.covet.relations.tree.TreeModels.Adjacency;
import io.covet.relations.tree.TreeModels.Nested;
import io.covet.relations.tree.TreeModels.Node;
import io.covet.relations.tree.TreeModels.Path;

/** A strategy's node class, its factory and its tree manager: tests run the same steps on each of them. */
record Strategy<T extends Node>(Class<T> type, Supplier<T> factory, TreeManager<T> tree) {

	/** Adjacency list, materialized path and nested sets, in that order. */
	static List<Strategy<?>> all(CovetRelations relations) {
		return List.of(new Strategy<>(Adjacency.class, Adjacency::new, relations.tree(Adjacency.class)),
				new Strategy<>(Path.class, Path::new, relations.tree(Path.class)),
				new Strategy<>(Nested.class, Nested::new, relations.tree(Nested.class)));
	}

	/** A new, unsaved node with this name. */
	T node(String name) {
		T node = this.factory.get();
		node.name(name);
		return node;
	}

	String name() {
		return this.type.getSimpleName();
	}
}
