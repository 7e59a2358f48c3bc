package io.covet.relations.reliability;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;

/**
 * The multi-statement operations the fault tests break: a many-to-many {@code set()}, moves in the two tree
 * strategies that rewrite many rows, and a multi-table inheritance save (a parent row and a child row).
 */
final class FaultModels {

	private FaultModels() {
	}

	@Model(table = "f_post")
	static class Post {

		@Id
		Long id;

		String title;

		@ManyToMany(relatedName = "posts")
		ManyRelatedManager<Tag> tags = ManyRelatedManager.unbound();

		Post() {
		}

		Post(String title) {
			this.title = title;
		}
	}

	@Model(table = "f_tag")
	static class Tag {

		@Id
		Long id;

		String name;

		Tag() {
		}

		Tag(String name) {
			this.name = name;
		}
	}

	@Model(table = "f_nested")
	@Tree(TreeStrategy.NESTED_SET)
	static class Nested {

		@Id
		Long id;

		String name;

		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Nested> parent = Ref.none();

		int lft;

		int rgt;

		int depth;

		Nested() {
		}

		Nested(String name) {
			this.name = name;
		}
	}

	@Model(table = "f_path")
	@Tree(TreeStrategy.MATERIALIZED_PATH)
	static class Path {

		@Id
		Long id;

		String name;

		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Path> parent = Ref.none();

		@Column(length = 1000)
		String path;

		int depth;

		Path() {
		}

		Path(String name) {
			this.name = name;
		}
	}

	@Model(table = "f_place")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Place {

		@Id
		Long id;

		String name;
	}

	@Model(table = "f_restaurant")
	static class Restaurant extends Place {

		boolean servesPizza;

		Restaurant() {
		}

		Restaurant(String name) {
			this.name = name;
			this.servesPizza = true;
		}
	}
}
