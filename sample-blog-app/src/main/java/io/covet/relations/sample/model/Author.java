package io.covet.relations.sample.model;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

/** A blog author; {@link #posts()} is the reverse side of {@link Post#author()}. */
@Model
public class Author {

	@Id
	private Long id;

	private String name;

	@Column(unique = true)
	private String email;

	private RelatedManager<Post> posts = RelatedManager.unbound();

	protected Author() {
	}

	public Author(String name, String email) {
		this.name = name;
		this.email = email;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public String getEmail() {
		return this.email;
	}

	public RelatedManager<Post> posts() {
		return this.posts;
	}
}
