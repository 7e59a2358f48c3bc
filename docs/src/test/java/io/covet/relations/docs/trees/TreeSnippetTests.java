package io.covet.relations.docs.trees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.covet.relations.CovetRelations;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.exception.TreeCycleError;
import io.covet.relations.tree.TreeManager;

/** trees.md, run on the nested-set encoding. */
class TreeSnippetTests {

	private final CovetRelations relations = GuideDatabase.relations(Category.class);

	@Test
	void insertsReadsMovesAndDeletes() {
		TreeManager<Category> setup = this.relations.tree(Category.class);
		Category clothing = setup.insert(new Category("Clothing"), null);
		Category boots = setup.insert(new Category("Boots"), clothing);
		Category sale = setup.insert(new Category("Sale"), null);

		TreeManager<Category> tree = relations.tree(Category.class);
		tree.insert(new Category("Shoes"), clothing);
		tree.ancestors(boots, false);          // root first, one statement
		tree.descendants(clothing, 2, false);  // two levels down, one statement
		tree.move(boots, sale);                // TreeCycleError when sale is boots or below it
		tree.delete(clothing);                 // the subtree, through the deletion collector

		assertThat(tree.roots()).extracting(root -> root.name).containsExactly("Sale");
		assertThat(tree.children(tree.roots().get(0))).extracting(child -> child.name).containsExactly("Boots");
		assertThat(tree.verify()).isEmpty();
		Category movedBoots = tree.children(tree.roots().get(0)).get(0);
		assertThatThrownBy(() -> tree.move(tree.roots().get(0), movedBoots)).isInstanceOf(TreeCycleError.class);
	}
}
