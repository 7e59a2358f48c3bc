package io.covet.relations.docs.manytomany;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;

/** many-to-many.md: the reverse side. */
@Model
public class Tag {
	@Id private Long id;
	private String name;
	private ManyRelatedManager<Post> posts = ManyRelatedManager.unbound();   // optional reverse accessor
	public ManyRelatedManager<Post> posts() { return posts; }
}
