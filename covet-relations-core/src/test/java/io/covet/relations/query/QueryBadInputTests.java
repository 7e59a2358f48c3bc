package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.exception.UnknownLookupException;
import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Attachment;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Document;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/** Bad names and values fail with the exact exception type, with helpful messages, before any SQL runs. */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class, Document.class, Attachment.class })
class QueryBadInputTests {

	@DatabaseTest
	void rejectsBadInputWithoutRunningSql(TestDatabase db) {
		CovetRepository<Book, Long> books = db.repo(Book.class);
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Publisher acme = db.<Publisher, Long>repo(Publisher.class).save(new Publisher("Acme"));
		db.queries().reset();

		assertThatThrownBy(() -> books.filter("titel", "x")).isInstanceOf(UnknownFieldException.class)
			.hasMessageContaining("'titel'")
			.hasMessageContaining("Book")
			.hasMessageContaining("title")
			.hasMessageContaining("author");
		assertThatThrownBy(() -> books.filter("author__nmae", "x")).isInstanceOf(UnknownFieldException.class)
			.hasMessageContaining("Author")
			.hasMessageContaining("name");
		assertThatThrownBy(() -> books.filter("title__like", "x")).isInstanceOf(UnknownLookupException.class)
			.hasMessageContaining("like")
			.hasMessageContaining("icontains");
		assertThatThrownBy(() -> books.filter("pages__contains", "1")).isInstanceOf(UnknownLookupException.class);
		assertThatThrownBy(() -> books.filter("title__exact__gt", "x")).isInstanceOf(UnknownLookupException.class);
		assertThatThrownBy(() -> authors.objects().orderBy("books__title")).isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> authors.objects().orderBy("nope")).isInstanceOf(UnknownFieldException.class);
		assertThatThrownBy(() -> authors.objects().selectRelated("books")).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("prefetchRelated");
		assertThatThrownBy(() -> authors.objects().prefetchRelated("bookz")).isInstanceOf(UnknownFieldException.class)
			.hasMessageContaining("books");
		assertThatThrownBy(() -> books.filter("id;DROP TABLE author", 1)).isInstanceOf(UnknownFieldException.class);
		assertThatThrownBy(() -> authors.objects().values("name, (SELECT 1)")).isInstanceOf(UnknownFieldException.class);

		assertThatThrownBy(() -> books.findById(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> authors.filter("id", "abc").list()).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("Author.id expects Long");
		assertThatThrownBy(() -> books.filter("pages__gt", null).list()).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> books.filter("title__contains", 5).list()).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> books.filter("published__isnull", "yes").list()).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> books.filter("pages__range", List.of(1, 2, 3)).list())
			.isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> books.filter("pages__in", 5).list()).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> books.filter("author", new Author("Unsaved")).list())
			.isInstanceOf(UnsavedInstanceException.class);
		assertThatThrownBy(() -> books.filter("author", acme).list()).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("Author");
		assertThatThrownBy(() -> db.repo(Document.class).filter("id", "not-a-uuid").list())
			.isInstanceOf(InvalidValueException.class);
		assertThat(db.queries().statements()).isEmpty();
		assertThat(db.<Document, UUID>repo(Document.class).findById(UUID.randomUUID())).isEmpty();

		assertThat(db.queries().statements()).hasSize(1);
		assertThat(db.jdbc().queryForObject("SELECT COUNT(*) FROM " + db.dialect().quote("author"), Long.class)).isZero();
	}
}
