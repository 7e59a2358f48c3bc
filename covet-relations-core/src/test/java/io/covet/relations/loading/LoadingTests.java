package io.covet.relations.loading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.covet.relations.CovetRelations;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.RelationNotLoadedException;
import io.covet.relations.exception.StrictLoadingException;
import io.covet.relations.query.Prefetch;
import io.covet.relations.query.QuerySet;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.City;
import io.covet.relations.testmodels.Country;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/** selectRelated and prefetchRelated with exact statement counts, Ref semantics and strict loading. */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class, Country.class, City.class })
class LoadingTests {

	private void data(TestDatabase db) {
		Publisher acme = db.<Publisher, Long>repo(Publisher.class).save(new Publisher("Acme"));
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = new Author("Ann");
		ann.setPublisher(acme);
		authors.save(ann);
		Author bob = authors.save(new Author("Bob"));
		CovetRepository<Book, Long> books = db.repo(Book.class);
		Book a = books.save(new Book("A", ann, 100));
		Book b = books.save(new Book("B", ann, 400));
		books.save(new Book("C", bob, 500));
		db.repo(Review.class).saveAll(List.of(new Review(a, 5, "x"), new Review(a, 3, "y"), new Review(b, 4, "z")));
		db.repo(Profile.class).save(new Profile(ann, "bio"));
	}

	/**
	 * A prefetch lookup given twice keeps the first (Django's rule): a plain repeat is skipped, so a helper adding
	 * "books" cannot widen the caller's filtered prefetch; two different query sets (or for one toAttr) are refused.
	 */
	@DatabaseTest
	void aRepeatedPrefetchLookupKeepsTheFirstOrIsRefused(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		CovetRepository<Book, Long> books = db.repo(Book.class);
		Author ann = authors.objects()
			.prefetchRelated(new Prefetch("books", books.filter("pages__gt", 200)))
			.prefetchRelated("books")
			.get("name", "Ann");
		assertThat(ann.books().all()).extracting(Book::getTitle).containsExactly("B");
		Prefetch longOnes = new Prefetch("books", books.filter("pages__gt", 200));
		assertThat(authors.objects().prefetchRelated(longOnes, longOnes).get("name", "Ann").books().all())
			.extracting(Book::getTitle)
			.containsExactly("B");
		Author nested = authors.objects()
			.prefetchRelated(new Prefetch("books__reviews", db.<Review, Long>repo(Review.class).filter("stars__gte", 4)))
			.prefetchRelated("books__reviews")
			.get("name", "Ann");
		Book a = nested.books().all().stream().filter(book -> book.getTitle().equals("A")).findFirst().orElseThrow();
		assertThat(a.reviews().all()).extracting(review -> review.stars).containsExactly(5);

		assertThatThrownBy(() -> authors.objects().prefetchRelated(new Prefetch("books", books.filter("pages__gt", 200)),
				new Prefetch("books", books.filter("pages__lt", 200))))
			.isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("\"books\"");
		assertThatThrownBy(() -> authors.objects().prefetchRelated("books")
			.prefetchRelated(new Prefetch("books", books.filter("pages__gt", 200))))
			.isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> authors.objects()
			.prefetchRelated(new Prefetch("books", books.filter("pages__gt", 200), "longBooks"))
			.prefetchRelated(new Prefetch("books", books.filter("pages__lt", 200), "longBooks")))
			.isInstanceOf(InvalidQueryException.class);
	}

	@DatabaseTest
	void selectRelatedLoadsForwardAndReverseOneToOneInOneStatement(TestDatabase db) {
		data(db);
		List<Book> books = db.queries()
			.assertNumQueries(1, () -> db.<Book, Long>repo(Book.class).objects().selectRelated("author__publisher").orderBy("title").list());
		assertThat(books.get(0).getAuthor().getName()).isEqualTo("Ann");
		assertThat(books.get(0).getAuthor().getPublisher().getName()).isEqualTo("Acme");
		assertThat(books.get(2).getAuthor().publisher().isNull()).isTrue();
		assertThat(books.get(2).getAuthor().getPublisher()).isNull();
		// Ann's row comes back for A and B: read once, one object, its publisher joined with it.
		assertThat(books.get(1).getAuthor()).isSameAs(books.get(0).getAuthor());
		assertThat(books.get(1).author()).isSameAs(books.get(0).author());
		assertThat(books.get(1).getAuthor().getPublisher().getName()).isEqualTo("Acme");
		assertThat(books.get(2).getAuthor()).isNotSameAs(books.get(0).getAuthor());

		List<Author> authors = db.queries()
			.assertNumQueries(1, () -> db.<Author, Long>repo(Author.class).objects().selectRelated("profile").orderBy("name").list());
		db.queries().assertNumQueries(0, () -> {
			assertThat(authors.get(0).profile().get().bio).isEqualTo("bio");
			assertThat(authors.get(1).profile().find()).isEmpty();
		});
	}

	@DatabaseTest
	void selectRelatedLeavesOutForeignKeyColumnsAnInnerJoinMakesRedundant(TestDatabase db) {
		data(db);
		CovetRepository<Review, Long> reviews = db.repo(Review.class);
		// review.book and book.author are required: inner joins, the joined keys stand for the columns.
		QuerySet<Review> joined = reviews.objects().selectRelated("book__author__publisher").orderBy("id");
		assertThat(joined.sql()).contains("NULL AS " + db.dialect().quote("book_id"))
			.contains("NULL AS " + db.dialect().quote("author_id"))
			.doesNotContain("NULL AS " + db.dialect().quote("publisher_id")); // nullable: a left join, the column is read
		List<Review> loaded = db.queries().assertNumQueries(1, joined::list);
		assertThat(loaded).extracting(review -> review.book.get().getTitle()).containsExactly("A", "A", "B");
		assertThat(loaded.get(0).book.id()).isEqualTo(loaded.get(0).book.get().getId());
		assertThat(loaded.get(0).book.get().author().id()).isEqualTo(loaded.get(0).book.get().getAuthor().getId());
		assertThat(loaded.get(0).book.get().getAuthor().getPublisher().getName()).isEqualTo("Acme");

		// A prefetch that joins the key it groups by still reads that key's column.
		CovetRepository<Book, Long> books = db.repo(Book.class);
		List<Author> authors = db.queries()
			.assertNumQueries(2, () -> db.<Author, Long>repo(Author.class)
				.objects()
				.orderBy("name")
				.prefetchRelated(new Prefetch("books", books.objects().selectRelated("author").orderBy("title")))
				.list());
		assertThat(authors.get(0).books().all()).extracting(Book::getTitle).containsExactly("A", "B");
		assertThat(authors.get(1).books().all()).extracting(Book::getTitle).containsExactly("C");
		assertThat(authors.get(1).books().all().get(0).getAuthor().getName()).isEqualTo("Bob");
	}

	@DatabaseTest
	void prefetchIsOneStatementPerLevel(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		List<Author> loaded = db.queries()
			.assertNumQueries(2, () -> authors.objects().orderBy("name").prefetchRelated("books").list());
		db.queries().assertNumQueries(0, () -> {
			assertThat(loaded.get(0).books().all()).hasSize(2);
			assertThat(loaded.get(0).books().count()).isEqualTo(2);
			assertThat(loaded.get(1).books().exists()).isTrue();
			assertThat(loaded.get(0).books().all().get(0).getAuthor()).isSameAs(loaded.get(0));
		});
		List<Author> deep = db.queries()
			.assertNumQueries(3, () -> authors.objects().orderBy("name").prefetchRelated("books__reviews").list());
		assertThat(deep.get(0).books().all().stream().mapToLong(book -> book.reviews().count()).sum()).isEqualTo(3);
		db.queries().assertNumQueries(2, () -> authors.objects().prefetchRelated("books", "books__author").list());
		List<Book> books = db.queries()
			.assertNumQueries(2, () -> db.<Book, Long>repo(Book.class).objects().prefetchRelated("author").list());
		assertThat(books).allSatisfy(book -> assertThat(book.getAuthor()).isNotNull());
		db.queries().assertNumQueries(4,
				() -> db.<Book, Long>repo(Book.class).objects().prefetchRelated("author__publisher", "reviews").list());
	}

	@DatabaseTest
	void prefetchWithAQuerySetAndADestinationField(TestDatabase db) {
		data(db);
		CovetRepository<Book, Long> books = db.repo(Book.class);
		List<Author> authors = db.<Author, Long>repo(Author.class)
			.objects()
			.orderBy("name")
			.prefetchRelated(new Prefetch("books", books.filter("pages__gt", 300).orderBy("-pages"), "longBooks"))
			.list();
		assertThat(authors.get(0).getLongBooks()).extracting(Book::getTitle).containsExactly("B");
		assertThat(authors.get(1).getLongBooks()).extracting(Book::getTitle).containsExactly("C");
		assertThat(authors.get(0).books().isPrefetched()).isFalse();
		List<Author> filtered = db.<Author, Long>repo(Author.class)
			.objects()
			.prefetchRelated(new Prefetch("books", books.filter("title", "A")))
			.filter("name", "Ann")
			.list();
		assertThat(filtered.get(0).books().all()).extracting(Book::getTitle).containsExactly("A");
		assertThatThrownBy(() -> db.<Author, Long>repo(Author.class)
			.objects()
			.prefetchRelated(new Prefetch("books", books.objects(), "name"))
			.list()).isInstanceOf(InvalidQueryException.class).hasMessageContaining("@Transient List");
	}

	@DatabaseTest
	void prefetchedListsKeepTheQueryOrderPerOwnerAndAreReadOnly(TestDatabase db) {
		data(db);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		authors.save(new Author("Cy"));
		CovetRepository<Book, Long> books = db.repo(Book.class);
		List<Author> loaded = authors.objects()
			.orderBy("name")
			.prefetchRelated(new Prefetch("books", books.objects().orderBy("-pages")))
			.list();
		assertThat(loaded.get(0).books().all()).extracting(Book::getTitle).containsExactly("B", "A");
		assertThat(loaded.get(1).books().all()).extracting(Book::getTitle).containsExactly("C");
		assertThat(loaded.get(2).books().all()).isEmpty();
		assertThat(loaded.get(2).books().exists()).isFalse();
		List<Book> annsBooks = loaded.get(0).books().all();
		assertThat(annsBooks).isEqualTo(List.of(annsBooks.get(0), annsBooks.get(1)));
		assertThatThrownBy(() -> annsBooks.add(new Book("D", loaded.get(0), 1)))
			.isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> annsBooks.remove(0)).isInstanceOf(UnsupportedOperationException.class);
		assertThatThrownBy(() -> annsBooks.set(0, null)).isInstanceOf(UnsupportedOperationException.class);
	}

	@DatabaseTest
	void prefetchChunksKeysUnderTheParameterCap(TestDatabase db) {
		List<Author> many = new ArrayList<>();
		for (int i = 0; i < 1050; i++) {
			many.add(new Author("Author " + i));
		}
		db.repo(Author.class).bulkCreate(many);
		CovetRelations chunked = db.build(builder -> builder.inListChunkSize(100));
		// Keys that go as one parameter (PostgreSQL's array, SQLite's JSON array) are not chunked.
		int expected = db.dialect().readsAnyNumberOfKeys(Long.class) ? 2 : 1 + 11;
		db.queries().assertNumQueries(expected,
				() -> chunked.repository(Author.class).objects().prefetchRelated("books").list());
	}

	@DatabaseTest
	void refsNeverQueryByThemselves(TestDatabase db) {
		data(db);
		Book book = db.<Book, Long>repo(Book.class).objects().get("title", "A");
		assertThat(book.author().isLoaded()).isFalse();
		assertThat(book.author().id()).isNotNull();
		assertThatThrownBy(book::getAuthor).isInstanceOf(RelationNotLoadedException.class)
			.hasMessageContaining("selectRelated(\"author\")");
		Author author = db.queries().assertNumQueries(1, () -> book.author().fetch());
		assertThat(author.getName()).isEqualTo("Ann");
	}

	@DatabaseTest
	void rowsWithTheSameForeignKeyShareOneReference(TestDatabase db) {
		data(db);
		List<Book> books = db.<Book, Long>repo(Book.class).objects().orderBy("title").list();
		// A and B are Ann's: one unloaded reference, immutable, so sharing it is invisible but for memory.
		assertThat(books.get(1).author()).isSameAs(books.get(0).author());
		assertThat(books.get(2).author()).isNotSameAs(books.get(0).author());
		assertThat(books.get(0).author().isLoaded()).isFalse();
		assertThat(books.get(2).author().id()).isEqualTo(db.<Author, Long>repo(Author.class).objects().get("name", "Bob").getId());
		Author ann = db.queries().assertNumQueries(1, () -> books.get(1).author().fetch());
		assertThat(ann.getName()).isEqualTo("Ann");
		assertThat(books.get(0).author().isLoaded()).isFalse(); // fetching returned the object and changed no reference

		// A forward prefetch shares one loaded reference per target, as a join does.
		List<Book> prefetched = db.<Book, Long>repo(Book.class).objects().orderBy("title").prefetchRelated("author").list();
		assertThat(prefetched.get(1).author()).isSameAs(prefetched.get(0).author());
		assertThat(prefetched.get(0).author().isLoaded()).isTrue();
		assertThat(prefetched.get(0).getAuthor()).isSameAs(prefetched.get(1).getAuthor());
		assertThat(prefetched.get(2).getAuthor().getName()).isEqualTo("Bob");
	}

	@DatabaseTest
	void strictLoadingRefusesWhatWasNotPrepared(TestDatabase db) {
		data(db);
		CovetRelations strict = db.strict();
		Book book = strict.repository(Book.class).objects().get("title", "A");
		assertThatThrownBy(() -> book.author().fetch()).isInstanceOf(StrictLoadingException.class)
			.hasMessageContaining("Book.author");
		Author author = strict.repository(Author.class).objects().get("name", "Ann");
		assertThatThrownBy(() -> author.books().all()).isInstanceOf(StrictLoadingException.class)
			.hasMessageContaining("prefetchRelated(\"books\")");
		assertThatThrownBy(() -> author.profile().get()).isInstanceOf(StrictLoadingException.class);
		assertThat(author.books().filter("pages__gt", 0).count()).isEqualTo(2);

		Author prepared = strict.<Author, Long>repository(Author.class)
			.objects()
			.selectRelated("profile", "publisher")
			.prefetchRelated("books__author")
			.get("name", "Ann");
		db.queries().assertNumQueries(0, () -> {
			assertThat(prepared.books().all()).hasSize(2);
			assertThat(prepared.profile().get().bio).isEqualTo("bio");
			assertThat(prepared.getPublisher().getName()).isEqualTo("Acme");
			assertThat(prepared.books().all().get(0).author().fetch()).isSameAs(prepared);
		});
	}

	/**
	 * An ordinary save keeps what the instance's accessors loaded, as Django's save keeps its caches (found by review):
	 * before, save() put a new manager into every accessor field, so a prefetched list and a preloaded one-to-one were
	 * dropped and strict loading refused correct code. A new instance's placeholders are still bound.
	 */
	@DatabaseTest
	void anOrdinarySaveKeepsWhatTheAccessorsLoaded(TestDatabase db) {
		data(db);
		CovetRelations strict = db.strict();
		CovetRepository<Author, Long> authors = strict.repository(Author.class);
		Author ann = authors.objects().selectRelated("profile").prefetchRelated("books").get("name", "Ann");
		ann.setAge(41);
		authors.save(ann);
		authors.saveAll(List.of(ann));
		assertThat(ann.books().isPrefetched()).isTrue();
		assertThat(ann.profile().isLoaded()).isTrue();
		db.queries().assertNumQueries(0, () -> {
			assertThat(ann.books().all()).extracting(Book::getTitle).containsExactlyInAnyOrder("A", "B");
			assertThat(ann.profile().get().bio).isEqualTo("bio");
		});
		assertThat(db.<Author, Long>repo(Author.class).get("name", "Ann").getAge()).isEqualTo(41);

		Author cy = authors.save(new Author("Cy"));
		assertThat(cy.books().isPrefetched()).isFalse();
		assertThat(cy.books().count()).isZero();
	}

	@DatabaseTest
	void prefetchNeedsADeclaredAccessorOrADestination(TestDatabase db) {
		Country fr = db.<Country, String>repo(Country.class).save(new Country("FR", "France"));
		db.repo(City.class).save(new City("Paris", fr));
		List<Country> countries = db.<Country, String>repo(Country.class).objects().prefetchRelated("cities").list();
		assertThat(countries.get(0).cities.all()).extracting(city -> city.name).containsExactly("Paris");
		db.queries().reset();
		assertThatThrownBy(() -> db.<Publisher, Long>repo(Publisher.class).objects().prefetchRelated("nothing").list())
			.isInstanceOf(io.covet.relations.exception.UnknownFieldException.class)
			.hasMessageContaining("authors");
		assertThat(db.queries().total()).isZero();
	}
}
