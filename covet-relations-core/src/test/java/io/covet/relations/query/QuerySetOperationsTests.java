package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.covet.relations.exception.DoesNotExist;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.MultipleObjectsReturned;
import io.covet.relations.relation.GetOrCreateResult;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/** Ordering, slicing, terminal operations, updates and deletes of query sets. */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class QuerySetOperationsTests {

	private static CovetRepository<Author, Long> authors(TestDatabase db) {
		CovetRepository<Author, Long> authors = db.repo(Author.class);
		Publisher acme = db.<Publisher, Long>repo(Publisher.class).save(new Publisher("Acme"));
		Publisher beta = db.<Publisher, Long>repo(Publisher.class).save(new Publisher("Beta"));
		for (String[] row : new String[][] { { "Dora", "31" }, { "Ann", "40" }, { "Cid", "25" }, { "Bob", "40" } }) {
			Author author = new Author(row[0], Integer.valueOf(row[1]));
			author.setPublisher(row[0].compareTo("C") < 0 ? beta : acme);
			authors.save(author);
		}
		return authors;
	}

	private static List<String> names(QuerySet<Author> query) {
		return query.stream().map(Author::getName).toList();
	}

	@DatabaseTest
	void ordersAndSlices(TestDatabase db) {
		CovetRepository<Author, Long> authors = authors(db);
		assertThat(names(authors.objects().orderBy("name"))).containsExactly("Ann", "Bob", "Cid", "Dora");
		assertThat(names(authors.objects().orderBy("-age", "name"))).containsExactly("Ann", "Bob", "Dora", "Cid");
		assertThat(names(authors.objects().orderBy("publisher__name", "-name"))).containsExactly("Dora", "Cid", "Bob", "Ann");
		assertThat(names(authors.objects().orderBy("name").limit(2))).containsExactly("Ann", "Bob");
		assertThat(names(authors.objects().orderBy("name").offset(1).limit(2))).containsExactly("Bob", "Cid");
		assertThat(names(authors.objects().orderBy("name").offset(3))).containsExactly("Dora");
		assertThat(authors.objects().orderBy("name").offset(1).limit(2).count()).isEqualTo(2);
		assertThat(authors.objects().orderBy("name").offset(4).exists()).isFalse();
		assertThat(authors.objects().count()).isEqualTo(4);
		assertThat(authors.filter("age", 40).exists()).isTrue();
	}

	@DatabaseTest
	void firstLastAndGet(TestDatabase db) {
		CovetRepository<Author, Long> authors = authors(db);
		assertThat(authors.objects().first()).map(Author::getName).contains("Dora");
		assertThat(authors.objects().last()).map(Author::getName).contains("Bob");
		assertThat(authors.objects().orderBy("name").last()).map(Author::getName).contains("Dora");
		assertThat(authors.filter("name", "nobody").first()).isEmpty();
		assertThat(authors.get("name", "Cid").getAge()).isEqualTo(25);
		assertThatThrownBy(() -> authors.get("name", "nobody")).isInstanceOf(DoesNotExist.class)
			.hasMessageContaining("Author matching query does not exist");
		assertThatThrownBy(() -> authors.get("age", 40)).isInstanceOf(MultipleObjectsReturned.class)
			.hasMessageContaining("returned 2");
	}

	/**
	 * A filter added to a sliced query set applies before the slice: inBulk's key filter and getOrCreate's lookups
	 * would then answer from the slice's rows, partially (Django refuses both).
	 */
	@DatabaseTest
	void inBulkAndGetOrCreateRefuseASlice(TestDatabase db) {
		CovetRepository<Author, Long> authors = authors(db);
		List<Long> keys = authors.objects().stream().map(Author::getId).toList();
		assertThat(authors.objects().inBulk(keys)).hasSize(4);
		assertThatThrownBy(() -> authors.objects().orderBy("name").limit(1).inBulk(keys))
			.isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> authors.objects().offset(1).inBulk(keys)).isInstanceOf(InvalidQueryException.class);
		assertThatThrownBy(() -> authors.objects().orderBy("name").offset(3)
			.getOrCreate(Map.of("name", "Ann"), Map.of("email", "another.ann@example.com")))
			.isInstanceOf(InvalidQueryException.class);
		assertThat(authors.filter("name", "Ann").count()).isEqualTo(1);
	}

	@DatabaseTest
	void getOrCreateSaysHowManyMatched(TestDatabase db) {
		CovetRepository<Author, Long> authors = authors(db);
		authors.saveAll(List.of(new Author("Eve", 40), new Author("Fay", 40)));
		assertThatThrownBy(() -> authors.objects().getOrCreate(Map.of("age", 40), Map.of()))
			.isInstanceOf(MultipleObjectsReturned.class)
			.hasMessageContaining("returned 4");
	}

	@DatabaseTest
	void valuesAcrossRelations(TestDatabase db) {
		CovetRepository<Author, Long> authors = authors(db);
		List<Map<String, Object>> rows = authors.objects().orderBy("name").limit(2).values("name", "publisher__name");
		assertThat(rows).containsExactly(Map.of("name", "Ann", "publisher__name", "Beta"),
				Map.of("name", "Bob", "publisher__name", "Beta"));
		assertThat(authors.objects().values().get(0)).containsKeys("id", "name", "email", "age", "active", "publisher");
	}

	@DatabaseTest
	void updatesAndDeletesWithFiltersAcrossRelations(TestDatabase db) {
		CovetRepository<Author, Long> authors = authors(db);
		assertThat(authors.filter("publisher__name", "Acme").update(Map.of("age", 99))).isEqualTo(2);
		assertThat(names(authors.filter("age", 99).orderBy("name"))).containsExactly("Cid", "Dora");
		assertThat(authors.filter("name", "Cid").update("publisher", null)).isEqualTo(1);
		assertThat(authors.get("name", "Cid").publisher().isNull()).isTrue();
		DeleteResult deleted = authors.filter("publisher__name", "Beta").delete();
		assertThat(deleted.total()).isEqualTo(2);
		assertThat(deleted.count("Author")).isEqualTo(2);
		assertThat(names(authors.objects().orderBy("name"))).containsExactly("Cid", "Dora");
		assertThat(authors.objects().orderBy("name").limit(1).delete().total()).isEqualTo(1);
		assertThat(names(authors.objects())).containsExactly("Dora");
	}

	/**
	 * A delete finds its rows and locks them in one statement. A filter or an ordering that joins another table (here
	 * the nullable side of a left join, which PostgreSQL refuses to lock) moves into {@code pk IN (subquery)}, so only
	 * the model's own rows are locked; a sliced delete keeps its ordering.
	 */
	@DatabaseTest
	void aDeleteLocksTheRowsItFindsInTheSameStatement(TestDatabase db) {
		CovetRepository<Author, Long> authors = authors(db);
		List<String> statements = db.queries()
			.record(() -> assertThat(authors.filter("publisher__name", "Beta").orderBy("name").delete().count("Author"))
				.isEqualTo(2));
		assertThat(statements.get(0)).startsWith("SELECT").contains(" IN (SELECT ").endsWith(db.dialect().forUpdate());
		assertThat(names(authors.objects().orderBy("name"))).containsExactly("Cid", "Dora");

		statements = db.queries()
			.record(() -> assertThat(authors.objects().orderBy("-publisher__name", "name").limit(1).delete().total())
				.isEqualTo(1));
		assertThat(statements.get(0)).contains(" IN (SELECT ").endsWith(db.dialect().forUpdate());
		assertThat(names(authors.objects())).containsExactly("Dora");

		Author ann = authors.save(new Author("Ann", 40));
		statements = db.queries().record(() -> assertThat(authors.filter("age", 40).delete().total()).isEqualTo(1));
		assertThat(statements.get(0)).doesNotContain(" IN (SELECT ").endsWith(db.dialect().forUpdate());
		assertThat(authors.filter("id", ann.getId()).exists()).isFalse();
	}

	@DatabaseTest
	void getOrCreateAndCreate(TestDatabase db) {
		CovetRepository<Author, Long> authors = authors(db);
		GetOrCreateResult<Author> existing = authors.objects().getOrCreate(Map.of("name", "Ann"), Map.of("age", 1));
		assertThat(existing.created()).isFalse();
		assertThat(existing.object().getAge()).isEqualTo(40);
		GetOrCreateResult<Author> created = authors.objects()
			.getOrCreate(Map.of("name", "Eve"), Map.of("age", 22, "email", "eve@example.com"));
		assertThat(created.created()).isTrue();
		assertThat(created.object().getId()).isNotNull();
		assertThat(authors.get("name", "Eve").getAge()).isEqualTo(22);
		Publisher acme = db.<Publisher, Long>repo(Publisher.class).objects().get("name", "Acme");
		Author fred = authors.create(Map.of("name", "Fred", "email", "fred@example.com", "publisher", acme));
		assertThat(authors.filter("publisher__name", "Acme").filter("name", "Fred").exists()).isTrue();
		assertThat(fred.getId()).isNotNull();
		assertThatThrownBy(() -> authors.objects().getOrCreate(Map.of("age", 40), Map.of()))
			.isInstanceOf(MultipleObjectsReturned.class);
	}
}
