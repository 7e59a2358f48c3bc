package io.covet.relations.docs.generic;

import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

/** generic-relations.md: the reverse side of the comments. */
@Model
public class Post {
	@Id Long id;
	@GenericRelation(Comment.class)
	RelatedManager<Comment> comments = RelatedManager.unbound();   // the reverse side
}
