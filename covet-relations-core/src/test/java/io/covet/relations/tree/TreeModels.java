package io.covet.relations.tree;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.relation.Ref;

/** The same tree in each strategy. */
final class TreeModels {

	private TreeModels() {
	}

	/** What the tests need from every strategy's node. */
	interface Node {

		String name();

		void name(String name);

		void parent(Node parent);
	}

	/** Key and name, the same in every tree model: an abstract base, no table of its own. */
	abstract static class Named implements Node {

		@Id
		Long id;

		String name;

		@Override
		public String name() {
			return this.name;
		}

		@Override
		public void name(String name) {
			this.name = name;
		}
	}

	@Model(table = "tr_adjacency")
	@Tree(TreeStrategy.ADJACENCY_LIST)
	static class Adjacency extends Named {

		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Adjacency> parent = Ref.none();

		@Override
		public void parent(Node parent) {
			this.parent = Ref.to((Adjacency) parent);
		}
	}

	/** An adjacency list whose reads have no effective depth guard: only cycle detection can end a walk on a cycle. */
	@Model(table = "tr_unguarded")
	@Tree(value = TreeStrategy.ADJACENCY_LIST, depthGuard = Integer.MAX_VALUE)
	static class Unguarded extends Named {

		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Unguarded> parent = Ref.none();

		@Override
		public void parent(Node parent) {
			this.parent = Ref.to((Unguarded) parent);
		}
	}

	@Model(table = "tr_path")
	@Tree(TreeStrategy.MATERIALIZED_PATH)
	static class Path extends Named {

		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Path> parent = Ref.none();

		@Column(length = 1000)
		String path;

		int depth;

		@Override
		public void parent(Node parent) {
			this.parent = Ref.to((Path) parent);
		}
	}

	@Model(table = "tr_nested")
	@Tree(TreeStrategy.NESTED_SET)
	static class Nested extends Named {

		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Nested> parent = Ref.none();

		int lft;

		int rgt;

		int depth;

		@Override
		public void parent(Node parent) {
			this.parent = Ref.to((Nested) parent);
		}
	}
}
