package io.covet.relations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Attachment;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.City;
import io.covet.relations.testmodels.Country;
import io.covet.relations.testmodels.Document;
import io.covet.relations.testmodels.Genre;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;
import io.covet.relations.testmodels.Shelf;

/** The Spring Data CRUD contract, key types Long/Integer/String/UUID, value round trips and transactions. */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class, Country.class, City.class,
		Document.class, Attachment.class, Shelf.class })
class RepositoryTests {

	@DatabaseTest
	void crudWithGeneratedLongAndIntegerKeys(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann", 30));
		assertThat(ann.getId()).isNotNull();
		ann.setAge(31);
		authors.save(ann);
		assertThat(authors.findById(ann.getId()).orElseThrow().getAge()).isEqualTo(31);
		assertThat(authors.count()).isEqualTo(1);
		Author bob = authors.save(new Author("Bob"));
		assertThat(authors.existsById(bob.getId())).isTrue();
		assertThat(authors.findAllById(List.of(ann.getId(), bob.getId(), -1L))).hasSize(2);
		assertThat(authors.findAll()).hasSize(2);
		authors.deleteById(bob.getId());
		assertThat(authors.existsById(bob.getId())).isFalse();
		authors.delete(ann);
		assertThat(authors.count()).isZero();
		List<Author> many = authors.saveAll(List.of(new Author("C"), new Author("D"), new Author("E")));
		authors.deleteAllById(List.of(many.get(0).getId()));
		authors.deleteAll(List.of(many.get(1)));
		assertThat(authors.findAll()).extracting(Author::getName).containsExactly("E");
		authors.deleteAll();
		assertThat(authors.count()).isZero();

		CovetRepository<Shelf, Integer> shelves = db.repo(Shelf.class);
		Shelf shelf = shelves.save(new Shelf("top"));
		assertThat(shelf.id).isInstanceOf(Integer.class);
		assertThat(shelves.findById(shelf.id)).isPresent();
	}

	@DatabaseTest
	void assignedStringAndUuidKeys(TestDatabase db) {
		CovetRepository<Country, String> countries = db.repo(Country.class);
		Country fr = countries.save(new Country("FR", "France"));
		fr.name = "République française";
		countries.save(fr);
		assertThat(countries.count()).isEqualTo(1);
		assertThat(countries.findById("FR").orElseThrow().name).isEqualTo("République française");
		City paris = db.<City, Long>repo(City.class).save(new City("Paris", fr));
		assertThat(db.<City, Long>repo(City.class).objects().selectRelated("country").get("id", paris.id).country.get().name)
			.startsWith("République");
		assertThat(fr.cities.all()).hasSize(1);
		assertThatThrownBy(() -> countries.save(new Country(null, "Nowhere"))).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("must be set before saving");

		CovetRepository<Document, UUID> documents = db.repo(Document.class);
		UUID id = UUID.randomUUID();
		Document doc = new Document(id, "spec");
		doc.created = Instant.parse("2024-01-02T03:04:05.678901Z");
		documents.save(doc);
		db.repo(Attachment.class).save(new Attachment("a.pdf", doc));
		Document loaded = documents.objects().prefetchRelated("attachments").get("id", id);
		assertThat(loaded.created).isEqualTo(doc.created);
		assertThat(loaded.attachments.all()).extracting(a -> a.fileName).containsExactly("a.pdf");
		assertThat(db.repo(Attachment.class).filter("document__title", "spec").count()).isEqualTo(1);
		assertThat(documents.findById(id)).isPresent();
		assertThat(documents.filter("id", id.toString()).count()).isEqualTo(1);
	}

	@DatabaseTest
	void valuesRoundTrip(TestDatabase db) {
		Author ann = db.<Author, Long>repo(Author.class).save(new Author("Ann"));
		Book book = new Book("Typed", ann, 12);
		book.setPrice(new BigDecimal("12.3400"));
		book.setPublished(LocalDate.of(1999, 12, 31));
		book.setGenre(Genre.NOVEL);
		db.repo(Book.class).save(book);
		Book loaded = db.<Book, Long>repo(Book.class).findById(book.getId()).orElseThrow();
		assertThat(loaded.getPrice()).isEqualByComparingTo("12.34");
		assertThat(loaded.getPublished()).isEqualTo(LocalDate.of(1999, 12, 31));
		assertThat(loaded.getGenre()).isEqualTo(Genre.NOVEL);
		assertThat(loaded.getPages()).isEqualTo(12);
		assertThat(loaded.editor().isNull()).isTrue();
		assertThat(db.<Author, Long>repo(Author.class).findById(ann.getId()).orElseThrow().isActive()).isTrue();
	}

	@DatabaseTest
	void bulkCreateSetsEveryKeyInOrder(TestDatabase db) {
		List<Author> authors = new ArrayList<>();
		for (int i = 0; i < 2500; i++) {
			authors.add(new Author("Author " + i));
		}
		db.repo(Author.class).bulkCreate(authors);
		for (Author author : authors) {
			Author loaded = db.<Author, Long>repo(Author.class).objects().get("id", author.getId());
			assertThat(loaded.getName()).isEqualTo(author.getName());
			if (author.getId() % 500 != 0) {
				continue;
			}
		}
		assertThat(authors).extracting(Author::getId).doesNotContainNull().doesNotHaveDuplicates();
	}

	@DatabaseTest
	void unsavedReferencesAndWrongTypesWriteNothing(TestDatabase db) {
		assertThatThrownBy(() -> db.repo(Book.class).save(new Book("Orphan", new Author("Unsaved"))))
			.isInstanceOf(UnsavedInstanceException.class)
			.hasMessageContaining("Book.author");
		assertThatThrownBy(() -> db.<Author, Long>repo(Author.class).findById((Long) (Object) "x"))
			.isInstanceOf(ClassCastException.class);
		assertThatThrownBy(() -> db.repo(Author.class).filter("pk", "abc").first()).isInstanceOf(InvalidValueException.class);
		assertThat(db.repo(Book.class).count()).isZero();
	}

	@DatabaseTest
	void failuresRollBackTheWholeOperation(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		authors.save(new Author("Ann"));
		List<Author> batch = new ArrayList<>();
		for (int i = 0; i < 1500; i++) {
			batch.add(new Author("Bulk " + i));
		}
		batch.add(new Author("Ann"));
		assertThatThrownBy(() -> authors.bulkCreate(batch)).isInstanceOf(DataIntegrityViolationException.class);
		assertThat(authors.count()).isEqualTo(1);

		TransactionTemplate transactions = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
		assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
			Author bob = authors.save(new Author("Bob"));
			db.repo(Book.class).save(new Book("Bob's", bob));
			assertThat(authors.count()).isEqualTo(2);
			throw new IllegalStateException("changed my mind");
		})).hasMessage("changed my mind");
		assertThat(authors.count()).isEqualTo(1);
		assertThat(db.repo(Book.class).count()).isZero();
	}

	/**
	 * Spring Data's null contract (a probing helper's item): a null entity, a null list or a null id in a list is an
	 * IllegalArgumentException before anything runs, where before some were NullPointerExceptions or went through.
	 */
	@DatabaseTest
	void nullsAreRefusedAsSpringDataSays(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Author ann = authors.save(new Author("Ann"));
		java.util.List<Long> withNull = new ArrayList<>(java.util.Arrays.asList(ann.getId(), null));
		assertThatThrownBy(() -> authors.save(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> authors.saveAll(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> authors.delete(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> authors.deleteAll(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> authors.findAllById(null)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> authors.findAllById(withNull)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> authors.deleteAllById(withNull)).isInstanceOf(IllegalArgumentException.class);
		assertThat(authors.count()).isEqualTo(1);
	}
}
