package io.covet.relations.docs.generic;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;

/** generic-relations.md: a comment on an object of any model. */
@Model
public class Comment {
	@Id Long id;
	String text;
	@ForeignKey(relatedName = "+", nullable = true) Ref<ContentType> contentType = Ref.none();
	String objectId;                                      // text holds Long, UUID and String keys alike
	@GenericForeignKey(ctField = "contentType", idField = "objectId")
	GenericRef contentObject = GenericRef.none();

	Comment() { }
	Comment(String text, GenericRef contentObject) { this.text = text; this.contentObject = contentObject; }
}
