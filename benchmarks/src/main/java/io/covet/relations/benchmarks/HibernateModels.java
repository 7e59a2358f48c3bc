package io.covet.relations.benchmarks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

/**
 * The Hibernate side of the same tables, mapped as its guide advises: every association LAZY, many-to-many as a
 * {@code Set} (a bag would be deleted and re-inserted whole on every change), cascades declared on the JPA side.
 */
public final class HibernateModels {

	private HibernateModels() {
	}

	@Entity(name = "HPublisher")
	@Table(name = "publisher")
	public static class HPublisher {

		@Id
		public Long id;

		public String name;

		/** Through the getter, so that a lazy proxy loads itself (its own fields stay empty). */
		public String getName() {
			return this.name;
		}
	}

	@Entity(name = "HAuthor")
	@Table(name = "author")
	public static class HAuthor {

		@Id
		public Long id;

		public String name;

		/** Through the getter, so that a lazy proxy loads itself (its own fields stay empty). */
		public String getName() {
			return this.name;
		}

		@OneToMany(mappedBy = "author", fetch = FetchType.LAZY)
		public List<HBook> books = new ArrayList<>();
	}

	@Entity(name = "HBook")
	@Table(name = "book")
	public static class HBook {

		@Id
		public Long id;

		public String title;

		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "author_id")
		public HAuthor author;

		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "publisher_id")
		public HPublisher publisher;
	}

	@Entity(name = "HTag")
	@Table(name = "tag")
	public static class HTag {

		@Id
		public Long id;

		public String name;
	}

	@Entity(name = "HPost")
	@Table(name = "post")
	public static class HPost {

		@Id
		public Long id;

		public String title;

		@ManyToMany(fetch = FetchType.LAZY)
		@JoinTable(name = "post_tags", joinColumns = @JoinColumn(name = "post_id"),
				inverseJoinColumns = @JoinColumn(name = "tag_id"))
		public Set<HTag> tags = new HashSet<>();
	}

	/**
	 * A comment keeps its target's content-type id and key as plain columns: {@code @Any} needs the discriminator
	 * values at compile time, while content-type ids are assigned by the database, and the key column is text.
	 */
	@Entity(name = "HComment")
	@Table(name = "comment")
	public static class HComment {

		@Id
		public Long id;

		public String text;

		@Column(name = "content_type_id")
		public Long contentTypeId;

		@Column(name = "object_id")
		public String objectId;
	}

	@Entity(name = "HCascadeAuthor")
	@Table(name = "c_author")
	public static class HCascadeAuthor {

		@Id
		public Long id;

		public String name;

		@OneToMany(mappedBy = "author", fetch = FetchType.LAZY, cascade = CascadeType.REMOVE)
		public List<HCascadeBook> books = new ArrayList<>();
	}

	@Entity(name = "HCascadeBook")
	@Table(name = "c_book")
	public static class HCascadeBook {

		@Id
		public Long id;

		public String title;

		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "author_id")
		public HCascadeAuthor author;

		@ManyToMany(fetch = FetchType.LAZY)
		@JoinTable(name = "c_book_tags", joinColumns = @JoinColumn(name = "cascade_book_id"),
				inverseJoinColumns = @JoinColumn(name = "cascade_tag_id"))
		public Set<HCascadeTag> tags = new HashSet<>();
	}

	@Entity(name = "HCascadeTag")
	@Table(name = "c_tag")
	public static class HCascadeTag {

		@Id
		public Long id;

		public String name;
	}

	/**
	 * The cascade tables again, as the database-side reference maps them: {@code @OnDelete} declares that the
	 * foreign key cascades, so removing an author is one DELETE and the database removes its books.
	 */
	@Entity(name = "HOnDeleteAuthor")
	@Table(name = "c_author")
	public static class HOnDeleteAuthor {

		@Id
		public Long id;

		public String name;

		// No CascadeType.REMOVE: with it, Hibernate 7 still loads each author's books before the delete.
		@OneToMany(mappedBy = "author", fetch = FetchType.LAZY)
		public List<HOnDeleteBook> books = new ArrayList<>();
	}

	@Entity(name = "HOnDeleteBook")
	@Table(name = "c_book")
	public static class HOnDeleteBook {

		@Id
		public Long id;

		public String title;

		@ManyToOne(fetch = FetchType.LAZY, optional = false)
		@JoinColumn(name = "author_id")
		@OnDelete(action = OnDeleteAction.CASCADE)
		public HOnDeleteAuthor author;
	}

	/**
	 * The tree tables, mapped as Covet's tree models are: every column, and the parent as a lazy association (a
	 * node's parent is loaded only when asked for, as Covet's unloaded reference is).
	 */
	@Entity(name = "HAdjacencyNode")
	@Table(name = "t_adjacency")
	public static class HAdjacencyNode {

		@Id
		public Long id;

		public String name;

		@ManyToOne(fetch = FetchType.LAZY)
		@JoinColumn(name = "parent_id")
		public HAdjacencyNode parent;
	}

	@Entity(name = "HPathNode")
	@Table(name = "t_path")
	public static class HPathNode {

		@Id
		public Long id;

		public String name;

		@ManyToOne(fetch = FetchType.LAZY)
		@JoinColumn(name = "parent_id")
		public HPathNode parent;

		public String path;

		public int depth;
	}

	@Entity(name = "HNestedNode")
	@Table(name = "t_nested")
	public static class HNestedNode {

		@Id
		public Long id;

		public String name;

		@ManyToOne(fetch = FetchType.LAZY)
		@JoinColumn(name = "parent_id")
		public HNestedNode parent;

		public int lft;

		public int rgt;

		public int depth;
	}
}
