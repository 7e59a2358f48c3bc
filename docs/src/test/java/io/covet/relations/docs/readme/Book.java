package io.covet.relations.docs.readme;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.Ref;

/** README.md: the book of the opening example. */
@Model
public class Book {
	@Id private Long id;
	private String title;
	@ForeignKey(relatedName = "books", onDelete = OnDelete.CASCADE)
	private Ref<Author> author = Ref.none();
	// ...

	protected Book() {
	}

	public Book(String title, Author author) {
		this.title = title;
		this.author = Ref.to(author);
	}

	public String title() {
		return this.title;
	}
}
