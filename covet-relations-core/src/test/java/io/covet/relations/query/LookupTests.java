package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Genre;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/** Every lookup, on text, numbers, decimals, dates, enums and booleans, with the same results on every database. */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class LookupTests {

	private static List<String> titles(QuerySet<Book> books) {
		return books.orderBy("title").stream().map(Book::getTitle).toList();
	}

	private static CovetRepository<Book, Long> library(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann", 40));
		Author bob = authors.save(new Author("Bob", null));
		CovetRepository<Book, Long> books = db.repo(Book.class);
		books.saveAll(List.of(book("Java in Action", ann, 300, "39.90", LocalDate.of(2020, 1, 10), Genre.ESSAY),
				book("java puzzlers", ann, 150, "19.99", LocalDate.of(2005, 6, 1), Genre.ESSAY),
				book("100% Pure_Poetry!", bob, 80, "9.50", LocalDate.of(2010, 3, 3), Genre.POETRY),
				book("Glob*?[ Novel]", bob, 500, "25.00", null, Genre.NOVEL)));
		return books;
	}

	private static Book book(String title, Author author, int pages, String price, LocalDate published, Genre genre) {
		Book book = new Book(title, author, pages);
		book.setPrice(new BigDecimal(price));
		book.setPublished(published);
		book.setGenre(genre);
		return book;
	}

	@DatabaseTest
	void exactAndIexact(TestDatabase db) {
		CovetRepository<Book, Long> books = library(db);
		assertThat(titles(books.filter("title", "java puzzlers"))).containsExactly("java puzzlers");
		assertThat(titles(books.filter("title__exact", "JAVA PUZZLERS"))).isEmpty();
		assertThat(titles(books.filter("title__iexact", "JAVA PUZZLERS"))).containsExactly("java puzzlers");
		assertThat(titles(books.filter("published", null))).containsExactly("Glob*?[ Novel]");
	}

	@DatabaseTest
	void patternLookupsHaveTheSameCaseRulesEverywhere(TestDatabase db) {
		CovetRepository<Book, Long> books = library(db);
		assertThat(titles(books.filter("title__contains", "ava"))).containsExactly("Java in Action", "java puzzlers");
		assertThat(titles(books.filter("title__contains", "Java"))).containsExactly("Java in Action");
		assertThat(titles(books.filter("title__icontains", "JAVA"))).containsExactly("Java in Action", "java puzzlers");
		assertThat(titles(books.filter("title__startswith", "java"))).containsExactly("java puzzlers");
		assertThat(titles(books.filter("title__istartswith", "JAVA"))).containsExactly("Java in Action", "java puzzlers");
		assertThat(titles(books.filter("title__endswith", "Action"))).containsExactly("Java in Action");
		assertThat(titles(books.filter("title__endswith", "action"))).isEmpty();
		assertThat(titles(books.filter("title__iendswith", "ACTION"))).containsExactly("Java in Action");
	}

	@DatabaseTest
	void patternCharactersInValuesMatchLiterally(TestDatabase db) {
		CovetRepository<Book, Long> books = library(db);
		assertThat(titles(books.filter("title__contains", "%"))).containsExactly("100% Pure_Poetry!");
		assertThat(titles(books.filter("title__contains", "_"))).containsExactly("100% Pure_Poetry!");
		assertThat(titles(books.filter("title__contains", "!"))).containsExactly("100% Pure_Poetry!");
		assertThat(titles(books.filter("title__icontains", "0% p"))).containsExactly("100% Pure_Poetry!");
		assertThat(titles(books.filter("title__contains", "*?["))).containsExactly("Glob*?[ Novel]");
		assertThat(titles(books.filter("title__startswith", "Glob*"))).containsExactly("Glob*?[ Novel]");
		assertThat(titles(books.filter("title__contains", "a_a"))).isEmpty();
		assertThat(titles(books.filter("title__icontains", "%%"))).isEmpty();
	}

	@DatabaseTest
	void comparisonsOnNumbersDecimalsDatesAndEnums(TestDatabase db) {
		CovetRepository<Book, Long> books = library(db);
		assertThat(titles(books.filter("pages__gt", 150))).containsExactly("Glob*?[ Novel]", "Java in Action");
		assertThat(titles(books.filter("pages__gte", 150))).hasSize(3);
		assertThat(titles(books.filter("pages__lt", 150))).containsExactly("100% Pure_Poetry!");
		assertThat(titles(books.filter("pages__lte", 150))).hasSize(2);
		assertThat(titles(books.filter("price__gte", new BigDecimal("25.00")))).containsExactly("Glob*?[ Novel]",
				"Java in Action");
		assertThat(titles(books.filter("published__lt", LocalDate.of(2010, 3, 3)))).containsExactly("java puzzlers");
		assertThat(titles(books.filter("published__range", List.of(LocalDate.of(2005, 1, 1), LocalDate.of(2010, 12, 31)))))
			.containsExactly("100% Pure_Poetry!", "java puzzlers");
		assertThat(titles(books.filter("pages__range", new Object[] { 80, 150 }))).hasSize(2);
		assertThat(titles(books.filter("genre", Genre.ESSAY))).hasSize(2);
		assertThat(titles(books.filter("genre", "POETRY"))).containsExactly("100% Pure_Poetry!");
		assertThat(titles(books.filter("genre__in", List.of(Genre.POETRY, Genre.NOVEL)))).hasSize(2);
	}

	@DatabaseTest
	void inIsNullAndBooleans(TestDatabase db) {
		CovetRepository<Book, Long> books = library(db);
		assertThat(titles(books.filter("pages__in", List.of(80, 500, 12345)))).hasSize(2);
		assertThat(titles(books.filter("pages__in", List.of()))).isEmpty();
		// An array is taken as a collection is: a null among the values matches nothing and is left out.
		assertThat(titles(books.filter("pages__in", new Object[] { 80, null, 500 }))).hasSize(2);
		assertThat(titles(books.filter("pages__in", Arrays.asList(80, null)))).hasSize(1);
		assertThat(titles(books.filter("published__isnull", true))).containsExactly("Glob*?[ Novel]");
		assertThat(titles(books.filter("published__isnull", false))).hasSize(3);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		assertThat(authors.filter("age__isnull", true).list()).extracting(Author::getName).containsExactly("Bob");
		Author ann = authors.get("name", "Ann");
		ann.setActive(false);
		authors.save(ann);
		assertThat(authors.filter("active", true).list()).extracting(Author::getName).containsExactly("Bob");
		assertThat(titles(books.filter("author__in", List.of(ann)))).hasSize(2);
		assertThat(titles(books.filter("author__in", List.of(ann.getId())))).hasSize(2);
	}
}
