package io.covet.relations.docs.gettingstarted;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.Ref;

/** getting-started.md: a model with a foreign key. */
@Model
public class Post {
	@Id private Long id;
	private String title;
	@ForeignKey(relatedName = "posts", onDelete = OnDelete.CASCADE)
	private Ref<Author> author = Ref.none();

	protected Post() { }
	public Post(String title, Author author) { this.title = title; this.author = Ref.to(author); }
	public Ref<Author> author() { return author; }
}
