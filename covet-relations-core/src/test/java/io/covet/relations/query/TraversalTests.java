package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/** Lookups across relations, forward and reverse, with Django's multi-valued semantics. */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class TraversalTests {

	private Author ann;

	private Author bob;

	private Author cid;

	private void data(TestDatabase db) {
		CovetRepository<Publisher, Long> publishers = db.repo(Publisher.class);
		Publisher acme = publishers.save(new Publisher("Acme"));
		Publisher zeta = publishers.save(new Publisher("Zeta"));
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		this.ann = new Author("Ann", 40);
		this.ann.setPublisher(acme);
		this.bob = new Author("Bob", 30);
		this.bob.setPublisher(zeta);
		this.cid = new Author("Cid", 50);
		authors.saveAll(List.of(this.ann, this.bob, this.cid));
		CovetRepository<Book, Long> books = db.repo(Book.class);
		Book spring = books.save(new Book("Spring", this.ann, 300));
		books.save(new Book("Summer", this.ann, 100));
		Book winter = books.save(new Book("Winter", this.bob, 300));
		db.repo(Review.class).saveAll(List.of(new Review(spring, 5, "great"), new Review(spring, 1, "bad"),
				new Review(winter, 4, "good")));
		db.repo(Profile.class).save(new Profile(this.ann, "writes about seasons"));
	}

	private static List<String> names(QuerySet<Author> authors) {
		return authors.orderBy("name").stream().map(Author::getName).toList();
	}

	@DatabaseTest
	void forwardAcrossOneAndTwoRelations(TestDatabase db) {
		data(db);
		CovetRepository<Book, Long> books = db.repo(Book.class);
		assertThat(books.filter("author__name", "Ann").count()).isEqualTo(2);
		assertThat(books.filter("author__publisher__name", "Zeta").list()).extracting(Book::getTitle)
			.containsExactly("Winter");
		assertThat(books.filter("author__age__gte", 35).count()).isEqualTo(2);
	}

	@DatabaseTest
	void relationComparedByInstanceOrKeyWithoutAJoin(TestDatabase db) {
		data(db);
		CovetRepository<Book, Long> books = db.repo(Book.class);
		assertThat(books.filter("author", this.ann).count()).isEqualTo(2);
		assertThat(books.filter("author_id", this.ann.getId()).count()).isEqualTo(2);
		assertThat(books.filter("author__id", this.ann.getId()).sql()).doesNotContain("JOIN");
		assertThat(books.filter("author__pk", this.ann.getId()).sql()).doesNotContain("JOIN");
		assertThat(books.filter("author", this.ann).sql()).doesNotContain("JOIN");
	}

	@DatabaseTest
	void reverseLookupsReturnEachRowOnce(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		assertThat(names(authors.filter("books__pages", 300))).containsExactly("Ann", "Bob");
		assertThat(names(authors.filter("books__title__startswith", "S"))).containsExactly("Ann");
		assertThat(authors.filter("books__title__startswith", "S").count()).isEqualTo(1);
		assertThat(names(authors.filter("books__reviews__stars__gte", 4))).containsExactly("Ann", "Bob");
		assertThat(db.repo(Publisher.class).filter("authors__books__title", "Winter").list())
			.extracting(p -> ((Publisher) p).getName())
			.containsExactly("Zeta");
		assertThat(names(authors.filter("profile__bio__contains", "seasons"))).containsExactly("Ann");
		assertThat(names(authors.filter("books", db.repo(Book.class).get("title", "Winter")))).containsExactly("Bob");
		assertThat(names(authors.filter("books__isnull", true))).containsExactly("Cid");
	}

	@DatabaseTest
	void oneFilterCallConstrainsTheSameRelatedRowSeparateCallsMayNot(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		// Ann has Spring (300) and Summer (100): no single book is both 'Summer' and 300 pages.
		assertThat(names(authors.filter(Map.of("books__title", "Summer", "books__pages", 300)))).isEmpty();
		assertThat(names(authors.filter("books__title", "Summer").filter("books__pages", 300))).containsExactly("Ann");
		assertThat(names(authors.filter(Q.of("books__title", "Summer").and(Q.of("books__pages", 100)))))
			.containsExactly("Ann");
	}

	@DatabaseTest
	void nestedConditionsOfOneFilterCallConstrainTheSameRelatedRow(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		// Ann's Summer has 100 pages, her Spring 300: no one book is Summer with 300 or 500 pages.
		assertThat(names(authors.filter(Q.of("books__title", "Summer")
			.and(Q.of("books__pages", 300).or(Q.of("books__pages", 500)))))).isEmpty();
		assertThat(names(authors.filter(Q.of("books__title", "Summer")
			.and(Q.of("books__pages", 100).or(Q.of("books__pages", 500)))))).containsExactly("Ann");
		// Q.allOf nested as and() is: one AND.
		assertThat(names(authors.filter(Q.allOf(List.of(Q.of("books__title", "Summer"),
				Q.allOf(List.of(Q.of("books__pages", 300), Q.of("name", "Ann")))))))).isEmpty();
		assertThat(names(authors.filter(Q.allOf(List.of(Q.of("books__title", "Summer"),
				Q.allOf(List.of(Q.of("books__pages", 100), Q.of("name", "Ann")))))))).containsExactly("Ann");
		// Two ORs across the same relation: one book must satisfy both.
		assertThat(names(authors.filter(Q.allOf(List.of(Q.of("books__title", "Summer").or(Q.of("books__title", "Winter")),
				Q.of("books__pages", 300).or(Q.of("books__pages", 500))))))).containsExactly("Bob");
		// Across a second multi-valued step: one review of one book.
		assertThat(names(authors.filter(Q.of("books__title", "Spring")
			.and(Q.allOf(List.of(Q.of("books__reviews__stars", 5), Q.of("books__reviews__body", "bad"))))))).isEmpty();
		assertThat(names(authors.filter(Map.of("books__reviews__stars", 5, "books__reviews__body", "great"))))
			.containsExactly("Ann");
	}

	@DatabaseTest
	void anOrMixingTheRelatedRowWithOtherConditionsKeepsDjangosMeaning(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		// The same book: Summer and (300 pages or the author is Bob); Ann's Summer is neither.
		assertThat(names(authors.filter(Q.of("books__title", "Summer")
			.and(Q.of("books__pages", 300).or(Q.of("name", "Bob")))))).isEmpty();
		assertThat(names(authors.filter(Q.of("books__title", "Summer")
			.and(Q.of("books__pages", 300).or(Q.of("publisher__name", "Acme")))))).containsExactly("Ann");
		// Nothing else demands a book: Cid, with none, matches by age (Django's outer join).
		assertThat(names(authors.filter(Q.of("name__in", List.of("Ann", "Cid"))
			.and(Q.of("books__pages", 300).or(Q.of("age", 50)))))).containsExactly("Ann", "Cid");
		// A negation inside is about the author's books, not that book (Django's exclude): Ann has a 300-page book.
		assertThat(names(authors.filter(Q.of("books__title", "Summer")
			.and(Q.of("books__pages", 500).or(Q.of("books__pages", 300).negate()))))).isEmpty();
		assertThat(names(authors.filter(Q.of("books__title", "Summer")
			.and(Q.of("books__pages", 500).or(Q.of("books__pages", 999).negate()))))).containsExactly("Ann");
	}

	@DatabaseTest
	void excludeKeepsRowsWhereTheConditionIsNull(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		assertThat(names(authors.exclude("publisher__name", "Acme"))).containsExactly("Bob", "Cid");
		assertThat(names(authors.exclude("books__pages", 300))).containsExactly("Cid");
		assertThat(names(authors.exclude("age__gt", 35))).containsExactly("Bob");
	}

	@DatabaseTest
	void negatedReverseLookupStaysTrueWhereRelatedRowsHaveNoKey(TestDatabase db) {
		data(db);
		CovetRepository<Book, Long> books = db.repo(Book.class);
		Book spring = books.get("title", "Spring");
		spring.setEditor(this.bob);
		books.save(spring);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		// Summer and Winter have no editor: "not edited a book starting with S" holds for Ann and Cid, and nobody
		// edited Summer, so excluding its editor keeps everyone.
		assertThat(names(authors.exclude("edited__title__startswith", "S"))).containsExactly("Ann", "Cid");
		assertThat(names(authors.exclude("edited__title", "Summer"))).containsExactly("Ann", "Bob", "Cid");
		assertThat(names(authors.filter(Q.of("edited__title", "Winter").negate()))).containsExactly("Ann", "Bob", "Cid");
		assertThat(names(authors.filter("edited__title__startswith", "S"))).containsExactly("Bob");
		assertThat(names(authors.filter("edited__isnull", true))).containsExactly("Ann", "Cid");
		assertThat(names(authors.exclude("edited__isnull", true))).containsExactly("Bob");
	}

	@DatabaseTest
	void qCombinesWithOrAndNegation(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		assertThat(names(authors.filter(Q.of("name", "Cid").or(Q.of("books__title", "Winter")))))
			.containsExactly("Bob", "Cid");
		assertThat(names(authors.filter(Q.of("age__lt", 45).and(Q.of("name", "Bob").negate())))).containsExactly("Ann");
		assertThat(names(authors.filter(Q.anyOf(List.of(Q.of("name", "Ann"), Q.of("name", "Cid"))).negate())))
			.containsExactly("Bob");
	}
}
