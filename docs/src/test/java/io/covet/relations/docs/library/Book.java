package io.covet.relations.docs.library;

import java.time.LocalDate;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

@Model
public class Book {

	@Id
	Long id;

	String title;

	LocalDate published;

	int pages;

	boolean archived;

	// relations.md
	@ForeignKey(relatedName = "books", onDelete = OnDelete.CASCADE, nullable = false, dbIndex = true)
	private Ref<Author> author = Ref.none();

	@ForeignKey(relatedName = "edited", nullable = true, onDelete = OnDelete.SET_NULL)
	Ref<Author> editor = Ref.none();

	RelatedManager<Review> reviews = RelatedManager.unbound();

	protected Book() {
	}

	public Book(String title, Author author, int pages, LocalDate published) {
		this.title = title;
		this.author = Ref.to(author);
		this.pages = pages;
		this.published = published;
	}

	public Ref<Author> author() {
		return this.author;
	}
}
