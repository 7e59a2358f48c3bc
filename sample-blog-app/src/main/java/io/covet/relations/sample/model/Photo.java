package io.covet.relations.sample.model;

import java.util.UUID;

import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

/** A photo with a UUID key; comments reach it through the generic foreign key of {@link Comment}. */
@Model
public class Photo {

	@Id
	private UUID id;

	private String caption;

	@GenericRelation(Comment.class)
	private RelatedManager<Comment> comments = RelatedManager.unbound();

	protected Photo() {
	}

	public Photo(String caption) {
		this.id = UUID.randomUUID();
		this.caption = caption;
	}

	public UUID getId() {
		return this.id;
	}

	public String getCaption() {
		return this.caption;
	}

	public RelatedManager<Comment> comments() {
		return this.comments;
	}
}
