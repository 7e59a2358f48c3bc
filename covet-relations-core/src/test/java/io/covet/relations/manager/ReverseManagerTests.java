package io.covet.relations.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.covet.relations.exception.DoesNotExist;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.query.Prefetch;
import io.covet.relations.relation.GetOrCreateResult;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Account;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Login;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/** Django's RelatedManager methods on the reverse side of foreign keys, and the reverse side of one-to-ones. */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class, Account.class, Login.class })
class ReverseManagerTests {

	private static List<String> titles(List<Book> books) {
		return books.stream().map(Book::getTitle).sorted().toList();
	}

	@DatabaseTest
	void readsThroughTheReverseManager(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann"));
		Author bob = authors.save(new Author("Bob"));
		CovetRepository<Book, Long> books = db.repo(Book.class);
		books.saveAll(List.of(new Book("A", ann, 10), new Book("B", ann, 20), new Book("C", bob, 30)));

		assertThat(titles(ann.books().all())).containsExactly("A", "B");
		assertThat(ann.books().count()).isEqualTo(2);
		assertThat(ann.books().exists()).isTrue();
		assertThat(ann.books().filter("pages__gt", 15).list()).extracting(Book::getTitle).containsExactly("B");
		assertThat(ann.books().exclude("pages__gt", 15).list()).extracting(Book::getTitle).containsExactly("A");
		assertThat(ann.books().first()).map(Book::getTitle).contains("A");
		assertThat(ann.books().last()).map(Book::getTitle).contains("B");
		Author loaded = authors.findById(bob.getId()).orElseThrow();
		assertThat(titles(loaded.books().all())).containsExactly("C");
		assertThat(authors.save(new Author("Cid")).books().exists()).isFalse();
	}

	/**
	 * An unordered prefetch lists the rows in the database's order (on PostgreSQL an updated row comes last);
	 * first() and last() still answer by key, from the list, as they do without a prefetch.
	 */
	@DatabaseTest
	void firstAndLastOfAnUnorderedPrefetchGoByKey(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann"));
		CovetRepository<Book, Long> books = db.repo(Book.class);
		Book a = books.save(new Book("A", ann, 1));
		books.save(new Book("B", ann, 2));
		a.setPages(3);
		books.save(a);

		Author loaded = authors.objects().prefetchRelated("books").get("id", ann.getId());
		db.queries().assertNumQueries(0, () -> {
			assertThat(loaded.books().first()).map(Book::getTitle).contains("A");
			assertThat(loaded.books().last()).map(Book::getTitle).contains("B");
		});
		assertThat(ann.books().first()).map(Book::getTitle).contains("A");
		assertThat(ann.books().last()).map(Book::getTitle).contains("B");
		// An ordered prefetch keeps its order.
		Author byPages = authors.objects()
			.prefetchRelated(new Prefetch("books", books.objects().orderBy("-pages")))
			.get("id", ann.getId());
		assertThat(byPages.books().first()).map(Book::getTitle).contains("A");
		assertThat(byPages.books().last()).map(Book::getTitle).contains("B");
	}

	@DatabaseTest
	void writesThroughTheReverseManager(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann"));
		Book created = ann.books().create(new Book("Created", null, 5));
		assertThat(created.getId()).isNotNull();
		assertThat(created.author().id()).isEqualTo(ann.getId());

		GetOrCreateResult<Book> first = ann.books().getOrCreate(Map.of("title", "Maybe"), Map.of("pages", 7));
		GetOrCreateResult<Book> second = ann.books().getOrCreate(Map.of("title", "Maybe"), Map.of("pages", 8));
		assertThat(first.created()).isTrue();
		assertThat(second.created()).isFalse();
		assertThat(second.object().getPages()).isEqualTo(7);
		assertThat(db.repo(Book.class).filter("author", ann).count()).isEqualTo(2);

		assertThat(ann.books().update(Map.of("pages", 100))).isEqualTo(2);
		assertThat(ann.books().filter("pages", 100).count()).isEqualTo(2);
		assertThat(ann.books().delete().total()).isEqualTo(2);
		assertThat(db.repo(Book.class).count()).isZero();
	}

	@DatabaseTest
	void addRemoveClearAndSetOnANullableForeignKey(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann"));
		Author editor = authors.save(new Author("Eddie"));
		CovetRepository<Book, Long> books = db.repo(Book.class);
		Book a = books.save(new Book("A", ann));
		Book b = books.save(new Book("B", ann));
		Book c = books.save(new Book("C", ann));

		editor.edited().add(a, b);
		assertThat(titles(editor.edited().all())).containsExactly("A", "B");
		assertThat(a.editor().id()).isEqualTo(editor.getId());

		editor.edited().remove(a);
		assertThat(titles(editor.edited().all())).containsExactly("B");
		assertThat(books.findById(a.getId()).orElseThrow().editor().isNull()).isTrue();

		editor.edited().set(List.of(b, c));
		assertThat(titles(editor.edited().all())).containsExactly("B", "C");

		editor.edited().clear();
		assertThat(editor.edited().exists()).isFalse();
		assertThat(books.count()).isEqualTo(3);
	}

	/**
	 * Before (found by a probing helper), removing another owner's object changed nothing in the database but cleared
	 * the object's key in memory, so its next save detached it from its real owner.
	 */
	@DatabaseTest
	void removingAnObjectOfAnotherOwnerIsRefusedAndChangesNothing(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann"));
		Author eddie = authors.save(new Author("Eddie"));
		Author fran = authors.save(new Author("Fran"));
		Book book = db.<Book, Long>repo(Book.class).save(new Book("A", ann));
		Book alone = db.<Book, Long>repo(Book.class).save(new Book("B", ann));
		fran.edited().add(book);

		assertThatThrownBy(() -> eddie.edited().remove(book)).isInstanceOf(DoesNotExist.class)
			.hasMessageContaining("is not related to Author " + eddie.getId());
		assertThatThrownBy(() -> eddie.edited().remove(alone)).isInstanceOf(DoesNotExist.class);
		assertThat(book.editor().id()).isEqualTo(fran.getId());
		db.repo(Book.class).save(book);
		assertThat(titles(fran.edited().all())).containsExactly("A");
	}

	@DatabaseTest
	void nonNullableForeignKeysCannotBeDetached(TestDatabase db) {
		Author ann = db.<Author, Long>repo(Author.class).save(new Author("Ann"));
		Book book = db.<Book, Long>repo(Book.class).save(new Book("A", ann));
		assertThatThrownBy(() -> ann.books().remove(book)).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("Book.author");
		assertThatThrownBy(() -> ann.books().clear()).isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> ann.books().set(List.of())).isInstanceOf(InvalidQueryException.class);
		Author bob = db.<Author, Long>repo(Author.class).save(new Author("Bob"));
		bob.books().add(book);
		assertThat(bob.books().count()).isEqualTo(1);
		assertThat(ann.books().count()).isZero();
	}

	@DatabaseTest
	void unsavedOwnersAndBadObjectsAreRefused(TestDatabase db) {
		Author unsaved = new Author("Nobody");
		assertThatThrownBy(() -> unsaved.books().all()).isInstanceOf(UnsavedInstanceException.class);
		assertThatThrownBy(() -> unsaved.books().count()).isInstanceOf(UnsavedInstanceException.class);
		assertThatThrownBy(() -> unsaved.profile().get()).isInstanceOf(UnsavedInstanceException.class);
		Author ann = db.<Author, Long>repo(Author.class).save(new Author("Ann"));
		assertThatThrownBy(() -> ann.edited().add(new Book("unsaved", ann))).isInstanceOf(UnsavedInstanceException.class);
		assertThatThrownBy(() -> ann.books().create(null)).isInstanceOf(InvalidValueException.class);
	}

	@DatabaseTest
	void reverseOneToOneReturnsTheObjectOrRaisesDoesNotExist(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann"));
		Author bob = authors.save(new Author("Bob"));
		db.repo(Profile.class).save(new Profile(ann, "bio"));

		Author loaded = authors.findById(ann.getId()).orElseThrow();
		assertThat(loaded.profile().get().bio).isEqualTo("bio");
		assertThat(loaded.profile().exists()).isTrue();
		Author without = authors.findById(bob.getId()).orElseThrow();
		assertThat(without.profile().find()).isEmpty();
		assertThatThrownBy(() -> without.profile().get()).isInstanceOf(DoesNotExist.class);
		assertThatThrownBy(() -> db.repo(Profile.class).save(new Profile(ann, "second")))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class);
	}

	@DatabaseTest
	void toFieldRelationsUseTheReferencedColumn(TestDatabase db) {
		Account alice = db.<Account, Long>repo(Account.class).save(new Account("alice"));
		java.time.Instant at = java.time.Instant.parse("2024-05-06T07:08:09.123456Z");
		db.repo(Login.class).save(new Login(alice, at));

		Login login = db.<Login, Long>repo(Login.class).objects().selectRelated("account").first().orElseThrow();
		assertThat(login.account.id()).isEqualTo("alice");
		assertThat(login.account.get().id).isEqualTo(alice.id);
		assertThat(login.at).isEqualTo(at);
		Account loaded = db.<Account, Long>repo(Account.class).objects().prefetchRelated("logins").get("username", "alice");
		assertThat(loaded.logins.all()).hasSize(1);
		assertThat(db.repo(Login.class).filter("account__username", "alice").count()).isEqualTo(1);
		assertThat(db.repo(Login.class).filter("account", alice).count()).isEqualTo(1);
		assertThat(alice.logins.count()).isEqualTo(1);
	}
}
