package io.covet.relations.tree;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.annotation.Tree.TreeStrategy;

/**
 * Trees whose model is a multi-table child, with its name in the parent's table: every strategy reads whole nodes, the
 * parent's columns included. The adjacency list's recursive query read the child's columns only and failed ("column
 * 3 out of bounds").
 */
@Models({ MultiTableTreeTests.Node.class, MultiTableTreeTests.Folder.class, MultiTableTreeTests.Section.class,
		MultiTableTreeTests.Chapter.class })
class MultiTableTreeTests {

	@Model(table = "mt_node")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Node {
		@Id
		Long id;
		String name;
	}

	@Model(table = "mt_folder")
	@Tree(TreeStrategy.ADJACENCY_LIST)
	static class Folder extends Node {
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Folder> parent = Ref.none();
	}

	@Model(table = "mt_section")
	@Tree(TreeStrategy.MATERIALIZED_PATH)
	static class Section extends Node {
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Section> parent = Ref.none();
		@io.covet.relations.annotation.Column(length = 1000)
		String path;
		int depth;
	}

	@Model(table = "mt_chapter")
	@Tree(TreeStrategy.NESTED_SET)
	static class Chapter extends Node {
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Chapter> parent = Ref.none();
		int lft;
		int rgt;
		int depth;
	}

	/** Names a new node and inserts it under {@code parent} ({@code null}: a root). */
	private static <N extends Node> N insert(TreeManager<N> tree, N node, String name, N parent) {
		node.name = name;
		return tree.insert(node, parent);
	}

	@DatabaseTest
	void anAdjacencyListReadsTheParentsColumnsToo(TestDatabase db) {
		TreeManager<Folder> folders = db.relations().tree(Folder.class);
		Folder root = insert(folders, new Folder(), "root", null);
		Folder a = insert(folders, new Folder(), "a", root);
		Folder b = insert(folders, new Folder(), "b", a);

		assertThat(folders.descendants(root)).extracting(f -> f.name).containsExactly("a", "b");
		assertThat(folders.ancestors(b, false)).extracting(f -> f.name).containsExactly("root", "a");
		assertThat(folders.depth(b)).isEqualTo(2);
		folders.delete(a);
		assertThat(db.rows("mt_folder")).isEqualTo(1);
		assertThat(db.rows("mt_node")).isEqualTo(1);
	}

	@DatabaseTest
	void aMaterializedPathAndNestedSetsReadTheParentsColumnsToo(TestDatabase db) {
		TreeManager<Section> sections = db.relations().tree(Section.class);
		Section s1 = insert(sections, new Section(), "s1", null);
		insert(sections, new Section(), "s2", s1);
		assertThat(sections.descendants(s1)).extracting(s -> s.name).containsExactly("s2");
		sections.delete(s1);
		assertThat(db.rows("mt_section")).isZero();

		TreeManager<Chapter> chapters = db.relations().tree(Chapter.class);
		Chapter c1 = insert(chapters, new Chapter(), "c1", null);
		Chapter c2 = insert(chapters, new Chapter(), "c2", c1);
		Chapter c3 = insert(chapters, new Chapter(), "c3", c1);
		// Nested sets read a node's bounds from the instance: reload the ones the inserts shifted.
		assertThat(chapters.descendants(db.<Chapter, Long>repo(Chapter.class).findById(c1.id).orElseThrow()))
			.extracting(c -> c.name).containsExactly("c2", "c3");
		chapters.move(c3, c2);
		assertThat(chapters.descendants(db.<Chapter, Long>repo(Chapter.class).findById(c2.id).orElseThrow()))
			.extracting(c -> c.name).containsExactly("c3");
		assertThat(chapters.verify()).isEmpty();
		chapters.delete(c2);
		assertThat(db.rows("mt_chapter")).isEqualTo(1);
		assertThat(db.rows("mt_node")).isEqualTo(1);
	}
}
