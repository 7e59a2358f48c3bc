package io.covet.relations.testmodels;

import java.math.BigDecimal;
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
	private Long id;

	private String title;

	private int pages;

	private BigDecimal price;

	private LocalDate published;

	private Genre genre;

	@ForeignKey(relatedName = "books", onDelete = OnDelete.CASCADE)
	private Ref<Author> author = Ref.none();

	@ForeignKey(relatedName = "edited", nullable = true, onDelete = OnDelete.SET_NULL)
	private Ref<Author> editor = Ref.none();

	private RelatedManager<Review> reviews = RelatedManager.unbound();

	protected Book() {
	}

	public Book(String title, Author author) {
		this.title = title;
		this.author = Ref.to(author);
	}

	public Book(String title, Author author, int pages) {
		this(title, author);
		this.pages = pages;
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public int getPages() {
		return this.pages;
	}

	public void setPages(int pages) {
		this.pages = pages;
	}

	public BigDecimal getPrice() {
		return this.price;
	}

	public void setPrice(BigDecimal price) {
		this.price = price;
	}

	public LocalDate getPublished() {
		return this.published;
	}

	public void setPublished(LocalDate published) {
		this.published = published;
	}

	public Genre getGenre() {
		return this.genre;
	}

	public void setGenre(Genre genre) {
		this.genre = genre;
	}

	public Ref<Author> author() {
		return this.author;
	}

	public Author getAuthor() {
		return this.author.get();
	}

	public void setAuthor(Author author) {
		this.author = Ref.to(author);
	}

	public Ref<Author> editor() {
		return this.editor;
	}

	public void setEditor(Author editor) {
		this.editor = Ref.to(editor);
	}

	public RelatedManager<Review> reviews() {
		return this.reviews;
	}

	@Override
	public String toString() {
		return "Book[" + this.id + ", " + this.title + "]";
	}
}
