package io.covet.relations.docs.readme;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

/** README.md: the author of the opening example. */
@Model
public class Author {
	@Id private Long id;
	private String name;
	private RelatedManager<Book> books = RelatedManager.unbound();
	public RelatedManager<Book> books() { return books; }
	// ...

	protected Author() {
	}

	public Author(String name) {
		this.name = name;
	}

	public String name() {
		return this.name;
	}
}
