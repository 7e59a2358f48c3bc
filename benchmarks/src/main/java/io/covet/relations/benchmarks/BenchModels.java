package io.covet.relations.benchmarks;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Tree;
import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/**
 * The Covet side of the benchmark schema: publishers, authors and their books; posts and tags (many-to-many);
 * comments on any of the first three (generic foreign key); a separate author-book-tag graph for cascading deletes
 * (so the read workloads' models stay as they were); one tree table per strategy. Every column of every workload reads
 * and writes these tables, created from this metadata.
 */
public final class BenchModels {

	private BenchModels() {
	}

	@Model(table = "publisher")
	public static class Publisher {

		@Id
		public Long id;

		public String name;
	}

	@Model(table = "author")
	public static class Author {

		@Id
		public Long id;

		public String name;

		public RelatedManager<Book> books = RelatedManager.unbound();
	}

	@Model(table = "book")
	public static class Book {

		@Id
		public Long id;

		public String title;

		@ForeignKey(relatedName = "books")
		public Ref<Author> author = Ref.none();

		@ForeignKey(relatedName = "books")
		public Ref<Publisher> publisher = Ref.none();
	}

	@Model(table = "tag")
	public static class Tag {

		@Id
		public Long id;

		public String name;

		public ManyRelatedManager<Post> posts = ManyRelatedManager.unbound();
	}

	@Model(table = "post")
	public static class Post {

		@Id
		public Long id;

		public String title;

		@ManyToMany(relatedName = "posts")
		public ManyRelatedManager<Tag> tags = ManyRelatedManager.unbound();
	}

	/** A comment on a publisher, an author or a book: {@code object_id} holds the key as text. */
	@Model(table = "comment")
	public static class Comment {

		@Id
		public Long id;

		public String text;

		@ForeignKey(relatedName = "+", nullable = true)
		public Ref<ContentType> contentType = Ref.none();

		public String objectId;

		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		public GenericRef contentObject = GenericRef.none();
	}

	@Model(table = "c_author")
	public static class CascadeAuthor {

		@Id
		public Long id;

		public String name;

		public RelatedManager<CascadeBook> books = RelatedManager.unbound();
	}

	@Model(table = "c_book")
	public static class CascadeBook {

		@Id
		public Long id;

		public String title;

		@ForeignKey(relatedName = "books")
		public Ref<CascadeAuthor> author = Ref.none();

		@ManyToMany(relatedName = "books")
		public ManyRelatedManager<CascadeTag> tags = ManyRelatedManager.unbound();
	}

	@Model(table = "c_tag")
	public static class CascadeTag {

		@Id
		public Long id;

		public String name;

		public ManyRelatedManager<CascadeBook> books = ManyRelatedManager.unbound();
	}

	/** What the tree workload needs from every strategy's node. */
	public interface TreeNode {

		Long id();

		String name();
	}

	@Model(table = "t_adjacency")
	@Tree(TreeStrategy.ADJACENCY_LIST)
	public static class AdjacencyNode implements TreeNode {

		@Id
		public Long id;

		public String name;

		@ForeignKey(relatedName = "children", nullable = true)
		public Ref<AdjacencyNode> parent = Ref.none();

		@Override
		public Long id() {
			return this.id;
		}

		@Override
		public String name() {
			return this.name;
		}
	}

	@Model(table = "t_path")
	@Tree(TreeStrategy.MATERIALIZED_PATH)
	public static class PathNode implements TreeNode {

		@Id
		public Long id;

		public String name;

		@ForeignKey(relatedName = "children", nullable = true)
		public Ref<PathNode> parent = Ref.none();

		@Column(length = 255)
		public String path;

		public int depth;

		@Override
		public Long id() {
			return this.id;
		}

		@Override
		public String name() {
			return this.name;
		}
	}

	@Model(table = "t_nested")
	@Tree(TreeStrategy.NESTED_SET)
	public static class NestedNode implements TreeNode {

		@Id
		public Long id;

		public String name;

		@ForeignKey(relatedName = "children", nullable = true)
		public Ref<NestedNode> parent = Ref.none();

		public int lft;

		public int rgt;

		public int depth;

		@Override
		public Long id() {
			return this.id;
		}

		@Override
		public String name() {
			return this.name;
		}
	}
}
