package io.covet.relations.testmodels;

import java.time.Instant;
import java.util.UUID;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

/** A model with an assigned UUID key. */
@Model
public class Document {

	@Id
	public UUID id;

	public String title;

	public Instant created;

	public RelatedManager<Attachment> attachments = RelatedManager.unbound();

	protected Document() {
	}

	public Document(UUID id, String title) {
		this.id = id;
		this.title = title;
	}
}
