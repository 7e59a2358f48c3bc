package io.covet.relations.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Trees a probing helper found broken, each test failing before its fix: a subclass node inserted through the base's
 * tree lost its own row and columns; a UUID-keyed tree could not insert a root on PostgreSQL (a NULL parent key bound
 * as text); and a nested-set or path tree whose parent key was SET_NULL left orphaned children with the bounds or path
 * of their old place.
 */
@Models({ TreeSubclassTests.Category.class, TreeSubclassTests.Shelf.class, TreeSubclassTests.Topic.class })
class TreeSubclassTests {

	@Model(table = "tsc_category")
	@Inheritance(Inheritance.Strategy.JOINED)
	@Tree(TreeStrategy.MATERIALIZED_PATH)
	static class Category {
		@Id
		Long id;
		String name;
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Category> parent = Ref.none();
		@Column(length = 1000)
		String path;
		int depth;
	}

	@Model(table = "tsc_shelf")
	static class Shelf extends Category {
		String note;
	}

	@Model(table = "tsc_topic")
	@Tree(TreeStrategy.NESTED_SET)
	static class Topic {
		@Id
		UUID id = UUID.randomUUID();
		String name;
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Topic> parent = Ref.none();
		int lft;
		int rgt;
		int depth;
	}

	/** Orphans its children on delete. */
	@Model(table = "tsc_orphaning")
	@Tree(TreeStrategy.NESTED_SET)
	static class Orphaning {
		@Id
		Long id;
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Orphaning> parent = Ref.none();
		int lft;
		int rgt;
		int depth;
	}

	@DatabaseTest
	void aSubclassNodeInsertedThroughTheBasesTreeKeepsItsOwnRow(TestDatabase db) {
		TreeManager<Category> tree = db.relations().tree(Category.class);
		Category root = new Category();
		root.name = "root";
		tree.insert(root, null);
		Shelf shelf = new Shelf();
		shelf.name = "shelf";
		shelf.note = "by the window";
		tree.insert(shelf, root);

		assertThat(db.rows("tsc_shelf")).isEqualTo(1);
		assertThat(db.relations().objects(Shelf.class).get().note).isEqualTo("by the window");
		assertThat(tree.descendants(root)).extracting(c -> c.name).containsExactly("shelf");
		assertThat(tree.verify()).isEmpty();
	}

	@DatabaseTest
	void aUuidKeyedTreeInsertsRootsAndChildren(TestDatabase db) {
		TreeManager<Topic> tree = db.relations().tree(Topic.class);
		Topic root = new Topic();
		root.name = "root";
		tree.insert(root, null);
		Topic child = new Topic();
		child.name = "child";
		tree.insert(child, root);
		assertThat(tree.verify()).isEmpty();
		assertThat(tree.roots()).extracting(t -> t.name).containsExactly("root");
	}

	@Test
	void aNestedSetOrPathTreeRefusesAParentKeyThatOrphansChildren() {
		assertThatThrownBy(() -> TreeMeta.of(ModelRegistry.of(Orphaning.class).meta(Orphaning.class)))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("needs onDelete CASCADE, PROTECT or RESTRICT, not SET_NULL");
	}
}
