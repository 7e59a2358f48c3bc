package io.covet.relations.sample.model;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.Ref;

/** A reader's comment on a {@link Post}. */
@Model
public class Comment {

	@Id
	private Long id;

	@ForeignKey(relatedName = "comments", onDelete = OnDelete.CASCADE)
	private Ref<Post> post = Ref.none();

	private String name;

	@Column(length = 2000)
	private String text;

	protected Comment() {
	}

	public Comment(String name, String text) {
		this.name = name;
		this.text = text;
	}

	public Long getId() {
		return this.id;
	}

	public Ref<Post> post() {
		return this.post;
	}

	public String getName() {
		return this.name;
	}

	public String getText() {
		return this.text;
	}
}
