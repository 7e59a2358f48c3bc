package io.covet.relations.docs.trees;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.relation.Ref;

/** trees.md: a nested-set tree. */
@Model
@Tree(Tree.TreeStrategy.NESTED_SET)          // or ADJACENCY_LIST (default), MATERIALIZED_PATH
public class Category {
	@Id Long id;
	String name;
	@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
	Ref<Category> parent = Ref.none();
	int lft;    // nested sets: lft, rgt, depth
	int rgt;
	int depth;  // materialized path: String path (give it a length) and int depth

	Category() { }
	Category(String name) { this.name = name; }
}
