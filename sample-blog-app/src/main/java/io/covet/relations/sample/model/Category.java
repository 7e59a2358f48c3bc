package io.covet.relations.sample.model;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.relation.Ref;

/** A category tree stored as nested sets: a whole subtree is one range query. */
@Model
@Tree(Tree.TreeStrategy.NESTED_SET)
public class Category {

	@Id
	private Long id;

	private String name;

	@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
	private Ref<Category> parent = Ref.none();

	private int lft;

	private int rgt;

	private int depth;

	protected Category() {
	}

	public Category(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public int getDepth() {
		return this.depth;
	}
}
