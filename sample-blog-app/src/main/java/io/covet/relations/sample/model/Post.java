package io.covet.relations.sample.model;

import java.time.LocalDate;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/** A blog post by one {@link Author}, with {@link Comment}s. */
@Model
public class Post {

	@Id
	private Long id;

	private String title;

	@Column(length = 4000)
	private String body;

	private LocalDate published;

	@ForeignKey(relatedName = "posts", onDelete = OnDelete.CASCADE)
	private Ref<Author> author = Ref.none();

	@GenericRelation(Comment.class)
	private RelatedManager<Comment> comments = RelatedManager.unbound();

	@ForeignKey(relatedName = "posts", nullable = true, onDelete = OnDelete.SET_NULL)
	private Ref<Category> category = Ref.none();

	@ManyToMany(relatedName = "posts")
	private ManyRelatedManager<Tag> tags = ManyRelatedManager.unbound();

	protected Post() {
	}

	public Post(String title, String body, LocalDate published, Author author) {
		this.title = title;
		this.body = body;
		this.published = published;
		this.author = Ref.to(author);
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getBody() {
		return this.body;
	}

	public LocalDate getPublished() {
		return this.published;
	}

	/** The author reference: its key always, the author once selected or prefetched. */
	public Ref<Author> author() {
		return this.author;
	}

	public RelatedManager<Comment> comments() {
		return this.comments;
	}

	public Ref<Category> category() {
		return this.category;
	}

	public void setCategory(Category category) {
		this.category = Ref.to(category);
	}

	public ManyRelatedManager<Tag> tags() {
		return this.tags;
	}
}
