package io.covet.relations.reliability;

import static io.covet.relations.testing.TestTarget.MARIADB;
import static io.covet.relations.testing.TestTarget.POSTGRESQL;
import static io.covet.relations.testing.TestTarget.SQLITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessException;

import io.covet.relations.CovetRelations;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ManyToManyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.metadata.Naming;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.reliability.HostileIdentifierModels.Ab;
import io.covet.relations.reliability.HostileIdentifierModels.AbC;
import io.covet.relations.reliability.HostileIdentifierModels.AccentedTwins;
import io.covet.relations.reliability.HostileIdentifierModels.Anchor;
import io.covet.relations.reliability.HostileIdentifierModels.ColumnTwins;
import io.covet.relations.reliability.HostileIdentifierModels.Document;
import io.covet.relations.reliability.HostileIdentifierModels.Emoji;
import io.covet.relations.reliability.HostileIdentifierModels.Fits200;
import io.covet.relations.reliability.HostileIdentifierModels.Fits63;
import io.covet.relations.reliability.HostileIdentifierModels.Fits64;
import io.covet.relations.reliability.HostileIdentifierModels.Fits65;
import io.covet.relations.reliability.HostileIdentifierModels.Imprint;
import io.covet.relations.reliability.HostileIdentifierModels.LeadingSpaceColumn;
import io.covet.relations.reliability.HostileIdentifierModels.Letter;
import io.covet.relations.reliability.HostileIdentifierModels.LongNamedAuthorOfManyBooksAndArticlesAndLetters;
import io.covet.relations.reliability.HostileIdentifierModels.LongNamedGenreOfManyBooksAndArticlesAndEssays;
import io.covet.relations.reliability.HostileIdentifierModels.LongNamedPublisherOfManyBooksAndArticlesAndLetters;
import io.covet.relations.reliability.HostileIdentifierModels.LowerTwin;
import io.covet.relations.reliability.HostileIdentifierModels.Memo;
import io.covet.relations.reliability.HostileIdentifierModels.NulTable;
import io.covet.relations.reliability.HostileIdentifierModels.SpacesTable;
import io.covet.relations.reliability.HostileIdentifierModels.TrailingSpaceColumn;
import io.covet.relations.reliability.HostileIdentifierModels.UnpairedSurrogateColumn;
import io.covet.relations.reliability.HostileIdentifierModels.UpperTwin;
import io.covet.relations.reliability.HostileIdentifierModels.Wide40;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * Table and column names each database would truncate, refuse or merge are refused when {@code CovetRelations} is
 * built, naming the model and field; names up to each database's limit round-trip; names the library composes from
 * long ones are shortened to fit. Each refusal is paired with the database's own behaviour, run as raw DDL, to
 * show what would happen without it.
 */
class HostileIdentifierTests {

	/** Which databases accept each model's names; the others must refuse it at startup. */
	private static final Map<Class<?>, Set<TestTarget>> ACCEPTED = new LinkedHashMap<>();

	static {
		ACCEPTED.put(Fits63.class, EnumSet.allOf(TestTarget.class));
		ACCEPTED.put(Fits64.class, EnumSet.of(SQLITE, MARIADB));
		ACCEPTED.put(Wide40.class, EnumSet.of(SQLITE, MARIADB));
		ACCEPTED.put(Emoji.class, EnumSet.of(SQLITE, POSTGRESQL));
		ACCEPTED.put(Fits65.class, EnumSet.of(SQLITE));
		ACCEPTED.put(Fits200.class, EnumSet.of(SQLITE));
	}

	@DatabaseTest
	void namesUpToEachDatabasesLimitRoundTripAndLongerOnesAreRefusedAtStartup(TestDatabase db) {
		for (Map.Entry<Class<?>, Set<TestTarget>> entry : ACCEPTED.entrySet()) {
			Class<?> type = entry.getKey();
			if (entry.getValue().contains(db.target())) {
				roundTrip(db, type);
			}
			else {
				assertThatThrownBy(() -> build(db, type)).as(type.getSimpleName())
					.isInstanceOf(ModelDefinitionException.class)
					.hasMessageContaining(type.getName())
					.hasMessageContaining(refusal(db, type));
			}
		}
	}

	private static String refusal(TestDatabase db, Class<?> type) {
		if (db.is(POSTGRESQL)) {
			return (type == Wide40.class ? "is 80 bytes of UTF-8" : "") + "; postgresql allows 63 and would silently truncate";
		}
		return (type == Emoji.class) ? "a character above U+FFFF, which mariadb refuses" : "; mariadb allows 64";
	}

	private static void roundTrip(TestDatabase db, Class<?> type) {
		CovetRelations relations = build(db, type);
		relations.schema().createTables();
		try {
			CovetRepository<Object, Long> repository = relations.repository(castClass(type));
			String fieldName = "value";
			repository.create(Map.of(fieldName, "kept"));
			assertThat(repository.filter(fieldName, "kept").count()).as(type.getSimpleName()).isEqualTo(1);
			assertThat(repository.filter(fieldName + "__startswith", "ke").delete().total()).isEqualTo(1);
		}
		finally {
			relations.schema().dropTables();
		}
	}

	@SuppressWarnings("unchecked")
	private static Class<Object> castClass(Class<?> type) {
		return (Class<Object>) type;
	}

	@DatabaseTest
	void withoutTheCheckPostgresqlWouldMergeTwoNamesSharingTheirFirst63Bytes(TestDatabase db) {
		String first = HostileIdentifierModels.TABLE_64;
		String second = first.substring(0, 63) + "z";
		db.jdbc().execute("CREATE TABLE " + db.dialect().quote(first) + " (id INTEGER)");
		try {
			if (db.is(POSTGRESQL)) {
				assertThatThrownBy(() -> db.jdbc().execute("CREATE TABLE " + db.dialect().quote(second) + " (id INTEGER)"))
					.isInstanceOf(DataAccessException.class)
					.rootCause()
					.hasMessageContaining("already exists");
			}
			else {
				db.jdbc().execute("CREATE TABLE " + db.dialect().quote(second) + " (id INTEGER)");
				db.jdbc().execute(db.dialect().dropTable(second));
			}
		}
		finally {
			db.jdbc().execute(db.dialect().dropTable(first));
		}
	}

	@DatabaseTest
	void namesComposedFromLongOnesAreShortenedToFitAndRoundTrip(TestDatabase db) {
		CovetRelations relations = build(db, LongNamedAuthorOfManyBooksAndArticlesAndLetters.class,
				LongNamedGenreOfManyBooksAndArticlesAndEssays.class, LongNamedPublisherOfManyBooksAndArticlesAndLetters.class,
				Imprint.class);
		List<String> composed = new ArrayList<>();
		for (ModelMeta<?> model : relations.registry().models()) {
			composed.add(model.table());
			model.fields().forEach(field -> composed.add(field.column()));
		}
		assertThat(composed).allSatisfy(name -> assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63));
		assertThat(relations.schema().createStatements(relations.registry().models()))
			.noneSatisfy(statement -> assertThat(statement).containsPattern("[a-z_]{64}"));
		relations.schema().createTables();
		try {
			CovetRepository<LongNamedAuthorOfManyBooksAndArticlesAndLetters, Long> authors = relations
				.repository(LongNamedAuthorOfManyBooksAndArticlesAndLetters.class);
			CovetRepository<LongNamedGenreOfManyBooksAndArticlesAndEssays, Long> genres = relations
				.repository(LongNamedGenreOfManyBooksAndArticlesAndEssays.class);
			LongNamedAuthorOfManyBooksAndArticlesAndLetters author = authors.create(Map.of("name", "a"));
			LongNamedAuthorOfManyBooksAndArticlesAndLetters pen = authors.create(Map.of("name", "pen"));
			LongNamedGenreOfManyBooksAndArticlesAndEssays essay = genres.create(Map.of("name", "essay",
					"curatedByTheAuthorOfTheseBooks", author));
			LongNamedGenreOfManyBooksAndArticlesAndEssays poem = genres.create(Map.of("name", "poem"));
			author.favouriteGenresOfTheSeason.add(essay);
			author.favouriteGenresOfTheYear.add(poem);
			author.correspondents.add(pen);

			LongNamedAuthorOfManyBooksAndArticlesAndLetters loaded = authors.objects()
				.prefetchRelated("favouriteGenresOfTheSeason", "favouriteGenresOfTheYear", "correspondents", "curatedGenres")
				.get("name", "a");
			assertThat(loaded.favouriteGenresOfTheSeason.all()).extracting(genre -> genre.name).containsExactly("essay");
			assertThat(loaded.favouriteGenresOfTheYear.all()).extracting(genre -> genre.name).containsExactly("poem");
			assertThat(loaded.correspondents.all()).extracting(other -> other.name).containsExactly("pen");
			assertThat(genres.filter("seasonFans__name", "a").count()).isEqualTo(1);
			assertThat(pen.correspondents.all()).extracting(other -> other.name).containsExactly("a");

			Imprint imprint = relations.<Imprint, Long>repository(Imprint.class).create(Map.of("name", "i", "city", "c"));
			assertThat(relations.repository(Imprint.class).filter("city", "c").count()).isEqualTo(1);
			assertThat(relations.repository(LongNamedPublisherOfManyBooksAndArticlesAndLetters.class).get("name", "i"))
				.isNotNull();
			assertThat(relations.<Imprint, Long>repository(Imprint.class).filter("id", imprint.id).delete().total())
				.isEqualTo(2);
			assertThat(authors.filter("name", "a").delete().total()).isGreaterThanOrEqualTo(4);
		}
		finally {
			relations.schema().dropTables();
		}
	}

	@DatabaseTest
	void constraintAndIndexNamesThatJoinToTheSameTextStayApart(TestDatabase db) {
		CovetRelations relations = build(db, Anchor.class, Ab.class, AbC.class);
		relations.schema().createTables();
		try {
			List<String> statements = relations.schema().createStatements(relations.registry().models());
			// Both end with a checksum of their own table and column, whichever tables a call creates.
			String ddl = String.join("\n", statements);
			assertThat(ddl).doesNotContain(db.dialect().quote("fk_ab_c_d"))
				.containsOnlyOnce(db.dialect().quote("fk_ab_c_d_" + Naming.checksum("ab\u0000c_d")))
				.containsOnlyOnce(db.dialect().quote("fk_ab_c_d_" + Naming.checksum("ab_c\u0000d")));
			Anchor anchor = relations.<Anchor, Long>repository(Anchor.class).create(Map.of("name", "a"));
			relations.repository(Ab.class).create(Map.of("anchor", anchor));
			relations.repository(AbC.class).create(Map.of("anchor", anchor));
			assertThat(relations.repository(Anchor.class).filter("id", anchor.id).delete().total()).isEqualTo(3);
		}
		finally {
			relations.schema().dropTables();
		}
	}

	@Test
	void composedNamesAreDeterministicDistinctAndCutOnCharacterBoundaries() {
		String shared = "x".repeat(62);
		assertThat(Naming.composed(shared + "_a")).isNotEqualTo(Naming.composed(shared + "_b"))
			.isEqualTo(Naming.composed(shared + "_a"));
		assertThat(Naming.composed("short_name")).isEqualTo("short_name");
		for (String wide : List.of("é".repeat(40), "a" + "é".repeat(40), "📚".repeat(20), "a" + "📚".repeat(20))) {
			String name = Naming.composed(wide);
			assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
			assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(name)).as(name).isTrue();
			assertThat(name.substring(0, name.lastIndexOf('_'))).isNotEmpty().matches(prefix -> wide.startsWith(prefix));
		}
		ModelMeta<?> author = ModelRegistry.of(LongNamedAuthorOfManyBooksAndArticlesAndLetters.class,
				LongNamedGenreOfManyBooksAndArticlesAndEssays.class)
			.meta(LongNamedAuthorOfManyBooksAndArticlesAndLetters.class);
		ModelMeta<?> season = ((ManyToManyRelation) author.relation("favouriteGenresOfTheSeason")).through();
		ModelMeta<?> year = ((ManyToManyRelation) author.relation("favouriteGenresOfTheYear")).through();
		assertThat(season.table()).startsWith("long_named_author_of_many_books_and_articles_and_").isNotEqualTo(year.table());
		assertThat(season.fields()).extracting(FieldMeta::column)
			.contains("long_named_genre_of_many_books_and_articles_and_essays_id");
	}

	@DatabaseTest
	void caseTwinsAreRefusedAtStartupBecauseSqliteAndMariadbWouldMergeThem(TestDatabase db) {
		expectRefused(db, "is already used by " + UpperTwin.class.getName() + " as 'Twin'", LowerTwin.class,
				UpperTwin.class, LowerTwin.class);
		expectRefused(db, "also used by field ColumnTwins.title as 'Title'", ColumnTwins.class, ColumnTwins.class);
		expectRefused(db, "also used by field AccentedTwins.upper as 'É'", AccentedTwins.class, AccentedTwins.class);
		expectRefused(db, "also used by field Letter.subject as 'Subject'", Memo.class, Document.class, Letter.class,
				Memo.class);

		// MariaDB merges table names too where lower_case_table_names is set (Windows, macOS); here it may not be.
		boolean tablesMerge = db.is(SQLITE)
				|| (db.is(MARIADB) && db.jdbc().queryForObject("SELECT @@lower_case_table_names", Integer.class) != 0);
		assertThat(ddlSucceeds(db, "CREATE TABLE " + db.dialect().quote("Twin") + " (id INTEGER)",
				"CREATE TABLE " + db.dialect().quote("twin") + " (id INTEGER)")).isEqualTo(!tablesMerge);
		boolean columnsMerge = !db.is(POSTGRESQL);
		assertThat(ddlSucceeds(db, "CREATE TABLE columns_twins (" + db.dialect().quote("Title") + " INTEGER, "
				+ db.dialect().quote("title") + " INTEGER)")).isEqualTo(!columnsMerge);
		assertThat(ddlSucceeds(db, "CREATE TABLE accented_twins (" + db.dialect().quote("É") + " INTEGER, "
				+ db.dialect().quote("é") + " INTEGER)")).isEqualTo(!db.is(MARIADB));
		for (String table : List.of("Twin", "twin", "columns_twins", "accented_twins")) {
			db.jdbc().execute(db.dialect().dropTable(table));
		}
	}

	@DatabaseTest
	void blankControlAndPaddedNamesAreRefusedEverywhereAsMariadbRefusesTrailingSpaces(TestDatabase db) {
		expectRefused(db, "control character (U+0000)", NulTable.class, NulTable.class);
		expectRefused(db, "must not be empty or blank", SpacesTable.class, SpacesTable.class);
		expectRefused(db, "leading or trailing spaces", TrailingSpaceColumn.class, TrailingSpaceColumn.class);
		expectRefused(db, "leading or trailing spaces", LeadingSpaceColumn.class, LeadingSpaceColumn.class);
		expectRefused(db, "unpaired surrogate", UnpairedSurrogateColumn.class, UnpairedSurrogateColumn.class);

		assertThat(ddlSucceeds(db, "CREATE TABLE trailing_space (" + db.dialect().quote("title ") + " INTEGER)"))
			.isEqualTo(!db.is(MARIADB));
		db.jdbc().execute(db.dialect().dropTable("trailing_space"));
	}

	private static void expectRefused(TestDatabase db, String problem, Class<?> culprit, Class<?>... models) {
		assertThatThrownBy(() -> build(db, models)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining(culprit.getName())
			.hasMessageContaining(problem);
	}

	/** Runs the statements in order; {@code false} when the database refuses one. */
	private static boolean ddlSucceeds(TestDatabase db, String... statements) {
		try {
			for (String statement : statements) {
				db.jdbc().execute(statement);
			}
			return true;
		}
		catch (DataAccessException refused) {
			return false;
		}
	}

	private static CovetRelations build(TestDatabase db, Class<?>... models) {
		return CovetRelations.builder(db.dataSource()).models(models).build();
	}
}
