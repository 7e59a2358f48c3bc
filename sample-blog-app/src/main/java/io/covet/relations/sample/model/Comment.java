package io.covet.relations.sample.model;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;

/** A reader's comment on anything that has comments: a {@link Post} or a {@link Photo} (a generic foreign key). */
@Model
public class Comment {

	@Id
	private Long id;

	@ForeignKey(relatedName = "+", nullable = true)
	private Ref<ContentType> contentType = Ref.none();

	@Column(length = 64)
	private String objectId;

	@GenericForeignKey(ctField = "contentType", idField = "objectId")
	private GenericRef target = GenericRef.none();

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

	/** What the comment is on; loaded by {@code prefetchRelated("target")}. */
	public GenericRef target() {
		return this.target;
	}

	public String getName() {
		return this.name;
	}

	public String getText() {
		return this.text;
	}
}
