package io.covet.relations.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.annotation.Tree;
import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.query.Q;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A proxy of a tree model shares the model's tree: its manager returns the proxy's class, and its default filter does
 * not cut walks, rebuilds or checks short. Before, {@code tree(Proxy.class)} refused the proxy ("is not annotated with
 * {@code @Tree}"), and a {@code @Tree} declared on the proxy failed at startup (its key points at the model, not the
 * proxy).
 */
@Models({ ProxyTreeTests.Folder.class, ProxyTreeTests.OpenFolder.class, ProxyTreeTests.Page.class,
		ProxyTreeTests.OpenPage.class, ProxyTreeTests.Topic.class, ProxyTreeTests.OpenTopic.class,
		ProxyTreeTests.Shelf.class })
class ProxyTreeTests {

	/** Key, name and the flag the default filters test: an abstract base, no table of its own. */
	abstract static class Node {
		@Id
		Long id;
		String name;
		boolean archived;
	}

	@Model(table = "pt_folder")
	@Tree(TreeStrategy.ADJACENCY_LIST)
	static class Folder extends Node {
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Folder> parent = Ref.none();
	}

	/** The folders still in use; the proxy repeats its model's tree, which is allowed. */
	@Proxy
	@Tree(TreeStrategy.ADJACENCY_LIST)
	static class OpenFolder extends Folder {
		static Q defaultFilter() {
			return Q.of("archived", false);
		}
	}

	@Model(table = "pt_page")
	@Tree(TreeStrategy.MATERIALIZED_PATH)
	static class Page extends Node {
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Page> parent = Ref.none();
		@Column(length = 1000)
		String path;
		int depth;
	}

	@Proxy
	static class OpenPage extends Page {
		static Q defaultFilter() {
			return Q.of("archived", false);
		}
	}

	@Model(table = "pt_topic")
	@Tree(TreeStrategy.NESTED_SET)
	static class Topic extends Node {
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Topic> parent = Ref.none();
		int lft;
		int rgt;
		int depth;
	}

	@Proxy
	static class OpenTopic extends Topic {
		static Q defaultFilter() {
			return Q.of("archived", false);
		}
	}

	/** A tree model that narrows its own rows. */
	@Model(table = "pt_shelf")
	@Tree(TreeStrategy.NESTED_SET)
	static class Shelf extends Node {
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Shelf> parent = Ref.none();
		int lft;
		int rgt;
		int depth;

		static Q defaultFilter() {
			return Q.of("archived", false);
		}
	}

	/** A proxy that declares a tree its model does not have. */
	@Model(table = "pt_plain")
	static class Plain {
		@Id
		Long id;
		@ForeignKey(relatedName = "children", nullable = true)
		Ref<Plain> parent = Ref.none();
	}

	@Proxy
	@Tree(TreeStrategy.ADJACENCY_LIST)
	static class PlainTree extends Plain {
	}

	/** A proxy that declares another strategy than its model's. */
	@Proxy
	@Tree(TreeStrategy.MATERIALIZED_PATH)
	static class OtherStrategy extends Folder {
	}

	@DatabaseTest
	void anAdjacencyListThroughAProxyReturnsTheProxysClassAndWalksEveryNode(TestDatabase db) {
		TreeManager<OpenFolder> tree = db.relations().tree(OpenFolder.class);
		assertThat(tree.strategy()).isEqualTo(TreeStrategy.ADJACENCY_LIST);
		OpenFolder root = tree.insert(node(new OpenFolder(), "root", false), null);
		OpenFolder attic = tree.insert(node(new OpenFolder(), "attic", true), root);
		OpenFolder box = tree.insert(node(new OpenFolder(), "box", false), attic);
		OpenFolder photo = tree.insert(node(new OpenFolder(), "photo", false), box);

		// The archived attic is not among the proxy's rows, but the walk goes through it.
		assertThat(db.relations().objects(OpenFolder.class).count()).isEqualTo(3);
		assertThat(tree.descendants(root)).extracting(f -> f.name).containsExactly("attic", "box", "photo");
		assertThat(tree.descendants(root)).allSatisfy(f -> assertThat(f).isInstanceOf(OpenFolder.class));
		assertThat(tree.ancestors(photo, false)).extracting(f -> f.name).containsExactly("root", "attic", "box");
		assertThat(tree.children(root)).extracting(f -> f.name).containsExactly("attic");
		assertThat(tree.parent(box)).get().extracting(f -> f.name).isEqualTo("attic");
		assertThat(tree.isLeaf(attic)).isFalse();
		assertThat(tree.roots()).extracting(f -> f.name).containsExactly("root");
		assertThat(tree.depth(photo)).isEqualTo(3);

		tree.move(box, root);
		assertThat(tree.children(root)).extracting(f -> f.name).containsExactly("attic", "box");
		assertThat(tree.verify()).isEmpty();
		// The model's own manager sees the same tree.
		assertThat(db.relations().tree(Folder.class).descendants(db.relations().objects(Folder.class).get("pk", root.id)))
			.extracting(f -> f.name)
			.containsExactly("attic", "box", "photo");
		tree.delete(box);
		assertThat(db.rows("pt_folder")).isEqualTo(2);
	}

	@DatabaseTest
	void aMaterializedPathThroughAProxyKeepsTheWholeTreesPaths(TestDatabase db) {
		TreeManager<OpenPage> tree = db.relations().tree(OpenPage.class);
		OpenPage root = tree.insert(node(new OpenPage(), "root", false), null);
		OpenPage old = tree.insert(node(new OpenPage(), "old", true), root);
		OpenPage leaf = tree.insert(node(new OpenPage(), "leaf", false), old);

		assertThat(tree.descendants(root)).extracting(p -> p.name).containsExactly("old", "leaf");
		assertThat(tree.ancestors(leaf, true)).extracting(p -> p.name).containsExactly("root", "old", "leaf");
		// A rebuild through the proxy renumbers every node, not only the proxy's rows.
		tree.rebuild();
		assertThat(tree.verify()).isEmpty();
		assertThat(db.relations().tree(Page.class).verify()).isEmpty();
		assertThat(db.relations().objects(Page.class).get("pk", leaf.id).path).isEqualTo(leaf.path);
		tree.move(leaf, root);
		assertThat(tree.children(root)).extracting(p -> p.name).containsExactly("old", "leaf");
		assertThat(tree.verify()).isEmpty();
	}

	@DatabaseTest
	void nestedSetsThroughAProxyCountEveryNodesBounds(TestDatabase db) {
		TreeManager<OpenTopic> tree = db.relations().tree(OpenTopic.class);
		OpenTopic root = tree.insert(node(new OpenTopic(), "root", false), null);
		tree.insert(node(new OpenTopic(), "hidden", true), root);
		tree.insert(node(new OpenTopic(), "shown", false), root);

		OpenTopic fresh = db.relations().objects(OpenTopic.class).get("pk", root.id);
		assertThat(fresh.rgt).isEqualTo(6);
		assertThat(tree.descendants(fresh)).extracting(t -> t.name).containsExactly("hidden", "shown");
		tree.rebuild();
		assertThat(tree.verify()).isEmpty();
		assertThat(db.relations().tree(Topic.class).verify()).isEmpty();
		assertThat(db.relations().objects(Topic.class).orderBy("lft").list())
			.extracting(t -> t.name + " " + t.lft + "-" + t.rgt)
			.containsExactly("root 1-6", "hidden 2-3", "shown 4-5");
	}

	/**
	 * The same holds for a tree model's own default filter. Before, the tree read through it: inserting under a node
	 * the filter hides failed with an {@code IndexOutOfBoundsException} (the parent's bounds were read through the
	 * filter), and rebuild and verify read the visible rows only.
	 */
	@DatabaseTest
	void aTreeModelsOwnDefaultFilterDoesNotNarrowItsTree(TestDatabase db) {
		TreeManager<Shelf> tree = db.relations().tree(Shelf.class);
		Shelf root = tree.insert(node(new Shelf(), "root", false), null);
		Shelf hidden = tree.insert(node(new Shelf(), "hidden", true), root);
		tree.insert(node(new Shelf(), "book", false), hidden);
		tree.rebuild();
		assertThat(tree.verify()).isEmpty();
		assertThat(tree.descendants(db.relations().objects(Shelf.class).get("pk", root.id))).extracting(s -> s.name)
			.containsExactly("hidden", "book");
	}

	@Test
	void aProxyMayOnlyRepeatItsModelsTree() {
		assertThat(TreeMeta.of(ModelRegistry.of(Folder.class, OpenFolder.class).meta(OpenFolder.class)).strategy())
			.isEqualTo(TreeStrategy.ADJACENCY_LIST);
		assertThat(TreeMeta.of(ModelRegistry.of(Page.class, OpenPage.class).meta(OpenPage.class)).path().name())
			.isEqualTo("path");
		assertThatThrownBy(() -> TreeMeta.of(ModelRegistry.of(Plain.class, PlainTree.class).meta(PlainTree.class)))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("a proxy shares the tree of")
			.hasMessageContaining("declares none");
		assertThatThrownBy(() -> TreeMeta.of(ModelRegistry.of(Folder.class, OtherStrategy.class).meta(OtherStrategy.class)))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("declare @Tree there only");
	}

	/** Names a new node and sets its flag. */
	private static <N extends Node> N node(N node, String name, boolean archived) {
		node.name = name;
		node.archived = archived;
		return node;
	}
}
