package io.covet.relations.docs.manytomany;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;

/** many-to-many.md: the side that declares the relation. */
@Model
public class Post {
	@Id private Long id;
	private String title;
	@ManyToMany(relatedName = "posts")
	private ManyRelatedManager<Tag> tags = ManyRelatedManager.unbound();
	public ManyRelatedManager<Tag> tags() { return tags; }
}
