package io.covet.relations.sample.model;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;

/** A topic; {@link #posts()} is the reverse side of {@link Post#tags()}. */
@Model
public class Tag {

	@Id
	private Long id;

	@Column(unique = true, length = 64)
	private String name;

	private ManyRelatedManager<Post> posts = ManyRelatedManager.unbound();

	protected Tag() {
	}

	public Tag(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public ManyRelatedManager<Post> posts() {
		return this.posts;
	}
}
