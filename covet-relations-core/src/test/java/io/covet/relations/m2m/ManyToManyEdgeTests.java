package io.covet.relations.m2m;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Transient;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.query.Prefetch;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Edges of many-to-many relations a probing helper found broken, each test failing before its fix: an exact
 * {@code null} across the relation, a {@code set} that only removes on a through model with a required column, a
 * sliced {@code Prefetch} query set, {@code {class}} in a related name declared on an abstract base, and a
 * {@code Prefetch} with {@code toAttr} beside the relation's plain prefetch.
 */
@Models({ ManyToManyEdgeTests.Article.class, ManyToManyEdgeTests.Label.class, ManyToManyEdgeTests.Team.class,
		ManyToManyEdgeTests.Member.class, ManyToManyEdgeTests.Seat.class, ManyToManyEdgeTests.Note.class,
		ManyToManyEdgeTests.Memo.class, ManyToManyEdgeTests.Feature.class, ManyToManyEdgeTests.Event.class,
		ManyToManyEdgeTests.Guest.class, ManyToManyEdgeTests.Ticket.class, ManyToManyEdgeTests.Show.class,
		ManyToManyEdgeTests.Booking.class })
class ManyToManyEdgeTests {

	@Model(table = "mme_article")
	static class Article {
		@Id
		Long id;
		String title;
		@ManyToMany(table = "mme_article_label", relatedName = "articles")
		ManyRelatedManager<Label> labels = ManyRelatedManager.unbound();
		@Transient
		List<Label> picked;
	}

	@Model(table = "mme_label")
	static class Label {
		@Id
		Long id;
		String name;
		ManyRelatedManager<Article> articles = ManyRelatedManager.unbound();
	}

	@Model(table = "mme_team")
	static class Team {
		@Id
		Long id;
		@ManyToMany(relatedName = "teams", through = Seat.class)
		ManyRelatedManager<Member> members = ManyRelatedManager.unbound();
	}

	@Model(table = "mme_member")
	static class Member {
		@Id
		Long id;
		String name;
	}

	@Model(table = "mme_seat")
	static class Seat {
		@Id
		Long id;
		@ForeignKey(relatedName = "seats", onDelete = OnDelete.CASCADE)
		Ref<Team> team = Ref.none();
		@ForeignKey(relatedName = "seats", onDelete = OnDelete.CASCADE)
		Ref<Member> member = Ref.none();
		@Column(nullable = false)
		String role;
	}

	/** Marked features: the reverse side is named per concrete class. */
	abstract static class Marked {
		@Id
		Long id;
		@ManyToMany(relatedName = "{class}s")
		ManyRelatedManager<Feature> features = ManyRelatedManager.unbound();
	}

	@Model(table = "mme_note")
	static class Note extends Marked {
	}

	@Model(table = "mme_memo")
	static class Memo extends Marked {
	}

	@Model(table = "mme_feature")
	static class Feature {
		@Id
		Long id;
		String name;
	}

	@Model(table = "mme_event")
	static class Event {
		@Id
		Long id;
		@ManyToMany(relatedName = "events", through = Ticket.class)
		ManyRelatedManager<Guest> guests = ManyRelatedManager.unbound();
	}

	@Model(table = "mme_guest")
	static class Guest {
		@Id
		Long id;
	}

	/** A through model whose key the application assigns. */
	@Model(table = "mme_ticket")
	static class Ticket {
		@Id
		UUID id = UUID.randomUUID();
		@ForeignKey(relatedName = "tickets", onDelete = OnDelete.CASCADE)
		Ref<Event> event = Ref.none();
		@ForeignKey(relatedName = "tickets", onDelete = OnDelete.CASCADE)
		Ref<Guest> guest = Ref.none();
	}

	@Model(table = "mme_show")
	static class Show {
		@Id
		Long id;
		@ManyToMany(relatedName = "shows", through = Booking.class)
		ManyRelatedManager<Guest> audience = ManyRelatedManager.unbound();
	}

	/** A through model with a unique column of its own besides the pair. */
	@Model(table = "mme_booking")
	static class Booking {
		@Id
		Long id;
		@ForeignKey(relatedName = "bookings", onDelete = OnDelete.CASCADE)
		Ref<Show> show = Ref.none();
		@ForeignKey(relatedName = "bookings", onDelete = OnDelete.CASCADE)
		Ref<Guest> guest = Ref.none();
		@Column(unique = true, length = 10)
		String seat;
	}

	private static Article article(TestDatabase db, String title) {
		Article article = new Article();
		article.title = title;
		db.relations().repository(Article.class).save(article);
		return article;
	}

	private static Label label(TestDatabase db, String name) {
		Label label = new Label();
		label.name = name;
		db.relations().repository(Label.class).save(label);
		return label;
	}

	/** Before, {@code filter("labels", null)} matched nothing and its exclude everything. */
	@DatabaseTest
	void anExactNullAcrossAManyToManyMatchesTheRowsWithoutLinks(TestDatabase db) {
		Article tagged = article(db, "tagged");
		article(db, "bare");
		tagged.labels.add(label(db, "java"));

		var articles = db.relations().objects(Article.class);
		assertThat(articles.filter("labels", null).list()).extracting(a -> a.title).containsExactly("bare");
		assertThat(articles.filter("labels__name", null).list()).extracting(a -> a.title).containsExactly("bare");
		assertThat(articles.exclude("labels", null).list()).extracting(a -> a.title).containsExactly("tagged");
		assertThat(articles.filter("labels__isnull", true).list()).extracting(a -> a.title).containsExactly("bare");
	}

	/** Before, it asked for the required column although it inserted nothing ("needs a value for Seat.role"). */
	@DatabaseTest
	void aSetThatOnlyRemovesNeedsNoThroughValues(TestDatabase db) {
		Team team = new Team();
		db.relations().repository(Team.class).save(team);
		Member ann = new Member();
		Member bob = new Member();
		db.relations().repository(Member.class).saveAll(List.of(ann, bob));
		team.members.add(List.of(ann, bob), Map.of("role", "player"));

		team.members.set(List.of(ann));
		assertThat(db.rows("mme_seat")).isEqualTo(1);
		team.members.set(List.of());
		assertThat(db.rows("mme_seat")).isZero();
		assertThatThrownBy(() -> team.members.set(List.of(bob))).hasMessageContaining("role");
	}

	/**
	 * Before, one statement read every owner's targets under the slice's LIMIT: which articles got a label was the
	 * database's choice.
	 */
	@DatabaseTest
	void aSlicedPrefetchQuerySetIsRefused(TestDatabase db) {
		article(db, "a").labels.add(label(db, "l0"));
		var firstLabel = db.relations().objects(Label.class).orderBy("name").limit(1);
		assertThatThrownBy(() -> db.relations().objects(Article.class)
			.prefetchRelated(new Prefetch("labels", firstLabel, "picked"))
			.list()).isInstanceOf(InvalidQueryException.class).hasMessageContaining("sliced query set");
	}

	/** Before, every add failed on the NOT NULL key column: the insert wrote no key. */
	@DatabaseTest
	void aThroughModelWithAnAssignedKeyGetsAKeyPerRow(TestDatabase db) {
		Event event = new Event();
		db.relations().repository(Event.class).save(event);
		Guest ann = new Guest();
		Guest bob = new Guest();
		db.relations().repository(Guest.class).saveAll(List.of(ann, bob));

		event.guests.add(ann, bob);
		event.guests.add(ann);
		assertThat(db.rows("mme_ticket")).isEqualTo(2);
		assertThat(db.jdbc().queryForList("SELECT id FROM mme_ticket", String.class)).doesNotHaveDuplicates();
		assertThat(event.guests.all()).hasSize(2);
		event.guests.set(List.of(bob));
		assertThat(db.rows("mme_ticket")).isEqualTo(1);
	}

	/**
	 * Before, MariaDB skipped the second add silently (its ON DUPLICATE KEY covers every unique key) while the events
	 * reported the pair as added; PostgreSQL and SQLite raised the violation.
	 */
	@DatabaseTest
	void anAddThatBreaksAnotherUniqueKeyOfTheThroughModelFailsOnEveryDatabase(TestDatabase db) {
		Show show = new Show();
		db.relations().repository(Show.class).save(show);
		Guest ann = new Guest();
		Guest bob = new Guest();
		db.relations().repository(Guest.class).saveAll(List.of(ann, bob));
		show.audience.add(List.of(ann), Map.of("seat", "1A"));
		show.audience.add(List.of(ann), Map.of("seat", "1B"));

		assertThatThrownBy(() -> show.audience.add(List.of(bob), Map.of("seat", "1A")))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(db.jdbc().queryForList("SELECT seat FROM mme_booking", String.class)).containsExactly("1A");
	}

	/**
	 * Before, where the targets' read took several statements (here two keys per statement, on MariaDB; past the
	 * bind-parameter cap in practice), each statement's rows came in order but not the whole: [y, z, w, x].
	 */
	@DatabaseTest
	void linksFirstKeepsTheQuerySetsOrderWhenTheTargetsTakeSeveralStatements(TestDatabase db) {
		Article article = article(db, "a");
		article.labels.add(label(db, "z"), label(db, "y"), label(db, "x"), label(db, "w"));
		var small = db.build(builder -> builder.inListChunkSize(2));
		Article loaded = small.objects(Article.class)
			.prefetchRelated(new Prefetch("labels", small.objects(Label.class).orderBy("name"), "picked").withLinksFirst())
			.get();
		assertThat(loaded.picked).extracting(l -> l.name).containsExactly("w", "x", "y", "z");
	}

	/** Before, registration failed: "related name '{class}s' clashes with Feature.{class}s". */
	@DatabaseTest
	void aManyToManyOnAnAbstractBaseNamesItsReverseSidePerClass(TestDatabase db) {
		Feature pinned = new Feature();
		pinned.name = "pinned";
		db.relations().repository(Feature.class).save(pinned);
		Note note = new Note();
		db.relations().repository(Note.class).save(note);
		note.features.add(pinned);

		assertThat(db.relations().objects(Feature.class).filter("notes", note.id).count()).isEqualTo(1);
		assertThat(db.relations().objects(Feature.class).filter("memos__isnull", false).count()).isZero();
	}

	/**
	 * Before, the {@code toAttr} prefetch replaced the relation's plain one and the paths continuing through it: the
	 * labels' articles were not loaded.
	 */
	@DatabaseTest
	void aPrefetchIntoAnotherAttributeKeepsThePlainPrefetchOfTheSameRelation(TestDatabase db) {
		Article article = article(db, "a");
		Label java = label(db, "java");
		Label sql = label(db, "sql");
		article.labels.add(java, sql);

		db.queries().reset();
		Article loaded = db.relations().objects(Article.class)
			.prefetchRelated("labels__articles")
			.prefetchRelated(new Prefetch("labels", db.relations().objects(Label.class).filter("name", "sql"), "picked"))
			.prefetchRelated(new Prefetch("picked__articles", db.relations().objects(Article.class), null))
			.get();
		long statements = db.queries().total();
		assertThat(loaded.labels.all()).extracting(l -> l.name).containsExactlyInAnyOrder("java", "sql");
		assertThat(loaded.labels.all().get(0).articles.all()).extracting(a -> a.title).containsExactly("a");
		assertThat(loaded.picked).extracting(l -> l.name).containsExactly("sql");
		assertThat(loaded.picked.get(0).articles.all()).extracting(a -> a.title).containsExactly("a");
		assertThat(db.queries().total()).isEqualTo(statements);
	}

	/**
	 * A remove goes as IN-lists on every database, so it honours inListChunkSize. Before (found by a probing helper),
	 * PostgreSQL sent one IN-list of every key, its chunk taken as if the keys went as one array parameter.
	 */
	@DatabaseTest
	void removeHonoursTheConfiguredChunkSize(TestDatabase db) {
		Article article = article(db, "chunked");
		List<Label> labels = new java.util.ArrayList<>();
		for (int i = 0; i < 5; i++) {
			labels.add(label(db, "c" + i));
		}
		article.labels.add(labels.toArray());
		io.covet.relations.CovetRelations chunked = db.build(builder -> builder.inListChunkSize(2));
		Article same = chunked.objects(Article.class).get("pk", article.id);
		db.queries().reset();
		List<String> statements = db.queries().record(() -> same.labels.remove(labels.toArray()));
		assertThat(statements).filteredOn(sql -> sql.startsWith("DELETE")).hasSize(3);
		assertThat(same.labels.count()).isZero();
	}
}
