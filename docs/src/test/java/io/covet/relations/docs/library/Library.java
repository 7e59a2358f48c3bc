package io.covet.relations.docs.library;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.covet.relations.CovetRelations;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.repository.CovetRepository;

/**
 * The library's rows the snippets run against: Ann (at Acme) wrote {@code annBooks} books, each with two reviews,
 * and edits Bob's one book.
 */
final class Library {

	static final Class<?>[] MODELS = { Publisher.class, Author.class, Book.class, Review.class };

	final CovetRepository<Author, Long> authors;

	final CovetRepository<Book, Long> books;

	final Author ann;

	final Author bob;

	Library(CovetRelations relations, int annBooks) {
		GuideDatabase.withTables(relations);
		this.authors = relations.repository(Author.class);
		this.books = relations.repository(Book.class);
		Publisher acme = relations.<Publisher, Long>repository(Publisher.class).save(new Publisher("Acme"));
		this.ann = this.authors.save(new Author("Ann", acme));
		this.bob = this.authors.save(new Author("Bob", null));
		List<Book> written = new ArrayList<>();
		for (int i = 1; i <= annBooks; i++) {
			String title = (i % 10 == 0) ? "Draft " + i : "Book " + i;
			written.add(new Book(title, this.ann, i * 20, LocalDate.of(2000, 1, 1).plusDays(i)));
		}
		this.books.bulkCreate(written);
		List<Review> reviews = new ArrayList<>();
		for (Book book : written) {
			reviews.add(new Review(book, 4));
			reviews.add(new Review(book, 5));
		}
		relations.repository(Review.class).bulkCreate(reviews);
		Book bobs = new Book("Bob's", this.bob, 500, LocalDate.of(2020, 1, 1));
		bobs.editor = io.covet.relations.relation.Ref.to(this.ann);
		this.books.save(bobs);
	}

	Library(int annBooks) {
		this(CovetRelations.builder(GuideDatabase.dataSource()).models(MODELS).build(), annBooks);
	}
}
