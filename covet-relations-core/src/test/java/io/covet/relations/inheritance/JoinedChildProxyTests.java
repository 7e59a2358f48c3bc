package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.query.Q;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A proxy of a multi-table child stands for the child's rows, which span the child's table and the base's: it
 * writes both rows, reads the base's columns with one join, filters and orders by them, and deleting through it
 * takes the base's row and every relation of the three models along.
 */
@Models({ JoinedChildProxyTests.Venue.class, JoinedChildProxyTests.Cinema.class, JoinedChildProxyTests.Arthouse.class,
		JoinedChildProxyTests.Ticket.class, JoinedChildProxyTests.Screening.class, JoinedChildProxyTests.Film.class,
		JoinedChildProxyTests.Critique.class })
class JoinedChildProxyTests {

	@Model(table = "jc_venue")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Venue {

		@Id
		Long id;

		String name;

		RelatedManager<Ticket> tickets = RelatedManager.unbound();
	}

	@Model(table = "jc_cinema")
	static class Cinema extends Venue {

		int screens;

		RelatedManager<Screening> screenings = RelatedManager.unbound();

		@ManyToMany(table = "jc_cinema_film")
		ManyRelatedManager<Film> films = ManyRelatedManager.unbound();
	}

	/** Small cinemas, by name. */
	@Model(ordering = "name")
	@Proxy
	static class Arthouse extends Cinema {

		static Q defaultFilter() {
			return Q.of("screens__lte", 2);
		}
	}

	@Model(table = "jc_ticket")
	static class Ticket {

		@Id
		Long id;

		@ForeignKey(relatedName = "tickets", onDelete = OnDelete.CASCADE)
		Ref<Venue> venue = Ref.none();

		int price;
	}

	@Model(table = "jc_screening")
	static class Screening {

		@Id
		Long id;

		@ForeignKey(relatedName = "screenings", onDelete = OnDelete.CASCADE)
		Ref<Cinema> cinema = Ref.none();

		String film;
	}

	@Model(table = "jc_film")
	static class Film {

		@Id
		Long id;

		String title;
	}

	/** A key to the proxy itself. */
	@Model(table = "jc_critique")
	static class Critique {

		@Id
		Long id;

		@ForeignKey(relatedName = "critiques", onDelete = OnDelete.CASCADE)
		Ref<Arthouse> arthouse = Ref.none();

		String text;
	}

	private static Arthouse arthouse(TestDatabase db, String name, int screens) {
		Arthouse arthouse = new Arthouse();
		arthouse.name = name;
		arthouse.screens = screens;
		return db.<Arthouse, Long>repo(Arthouse.class).save(arthouse);
	}

	@DatabaseTest
	void aProxyOfAMultiTableChildWritesBothRowsAndReadsThemWithOneJoin(TestDatabase db) {
		CovetRepository<Arthouse, Long> arthouses = db.repo(Arthouse.class);
		Arthouse lumiere = arthouse(db, "Lumière", 1);
		arthouses.objects().create(Map.of("name", "Odeon", "screens", 2));
		Cinema multiplex = new Cinema();
		multiplex.name = "Multiplex";
		multiplex.screens = 12;
		db.repo(Cinema.class).save(multiplex);
		assertThat(db.rows("jc_venue")).isEqualTo(3);
		assertThat(db.rows("jc_cinema")).isEqualTo(3);

		Arthouse loaded = db.queries().assertNumQueries(1, () -> arthouses.findById(lumiere.id).orElseThrow());
		assertThat(loaded.name).isEqualTo("Lumière");
		assertThat(loaded.screens).isEqualTo(1);
		assertThat(arthouses.objects().list()).extracting(a -> a.name).containsExactly("Lumière", "Odeon");
		assertThat(arthouses.filter("name__startswith", "O").count()).isEqualTo(1);
		assertThat(arthouses.objects().orderBy("-name").values("name", "screens")).extracting(row -> row.get("name"))
			.containsExactly("Odeon", "Lumière");

		loaded.name = "Lumière 2";
		arthouses.save(loaded);
		assertThat(db.repo(Venue.class).filter("name", "Lumière 2").count()).isEqualTo(1);
		assertThat(arthouses.filter("name", "Odeon").update(Map.of("name", "Odeon Bar", "screens", 1))).isEqualTo(1);
		assertThat(db.<Cinema, Long>repo(Cinema.class).get("name", "Odeon Bar").screens).isEqualTo(1);
		assertThat(db.rows("jc_venue")).isEqualTo(3);
	}

	/** An arthouse with one object in each relation: a ticket (the base's), a screening and a film (the child's). */
	private static Arthouse furnished(TestDatabase db, String name) {
		Arthouse arthouse = arthouse(db, name, 1);
		Ticket ticket = new Ticket();
		ticket.venue = Ref.to(arthouse);
		ticket.price = 9;
		db.repo(Ticket.class).save(ticket);
		Screening screening = new Screening();
		screening.film = "Stalker";
		arthouse.screenings.create(screening);
		Film film = new Film();
		film.title = "Stalker";
		db.repo(Film.class).save(film);
		arthouse.films.add(film);
		return arthouse;
	}

	@DatabaseTest
	void relationsOfTheChildAndOfTheBaseWorkThroughTheProxy(TestDatabase db) {
		Arthouse lumiere = furnished(db, "Lumière");
		arthouse(db, "Odeon", 2);

		Arthouse loaded = db.queries()
			.assertNumQueries(4, () -> db.<Arthouse, Long>repo(Arthouse.class).objects()
				.prefetchRelated("tickets", "screenings", "films")
				.get("id", lumiere.id));
		assertThat(loaded.tickets.all()).extracting(t -> t.price).containsExactly(9);
		assertThat(loaded.screenings.all()).extracting(s -> s.film).containsExactly("Stalker");
		assertThat(loaded.films.all()).extracting(f -> f.title).containsExactly("Stalker");
		assertThat(db.repo(Arthouse.class).filter("tickets__price__gte", 5).count()).isEqualTo(1);
		assertThat(db.repo(Arthouse.class).filter("films__title", "Stalker").count()).isEqualTo(1);
		assertThat(db.repo(Screening.class).filter("cinema__name", "Lumière").count()).isEqualTo(1);
	}

	@DatabaseTest
	void aKeyToTheProxyJoinsTheBasesColumnsToo(TestDatabase db) {
		Arthouse lumiere = arthouse(db, "Lumière", 1);
		Critique critique = new Critique();
		critique.arthouse = Ref.to(lumiere);
		critique.text = "intimate";
		db.repo(Critique.class).save(critique);

		Critique loaded = db.queries()
			.assertNumQueries(1, () -> db.<Critique, Long>repo(Critique.class).objects().selectRelated("arthouse").first().orElseThrow());
		assertThat(loaded.arthouse.get().name).isEqualTo("Lumière");
		assertThat(loaded.arthouse.get().screens).isEqualTo(1);
		assertThat(db.repo(Critique.class).filter("arthouse__name", "Lumière").count()).isEqualTo(1);
		assertThat(db.<Critique, Long>repo(Critique.class).objects().prefetchRelated("arthouse").first().orElseThrow()
			.arthouse.get().name).isEqualTo("Lumière");
	}

	@DatabaseTest
	void deletingThroughTheProxyTakesTheBasesRowAndTheRelationsOfAllThree(TestDatabase db) {
		Arthouse lumiere = furnished(db, "Lumière");
		Arthouse odeon = arthouse(db, "Odeon", 2);
		Critique critique = new Critique();
		critique.arthouse = Ref.to(lumiere);
		critique.text = "intimate";
		db.repo(Critique.class).save(critique);

		var result = db.repo(Arthouse.class).filter("name", "Lumière").delete();

		assertThat(result.perModel()).containsEntry("Arthouse", 1L).containsEntry("Venue", 1L);
		assertThat(db.rows("jc_cinema")).isEqualTo(1);
		assertThat(db.rows("jc_venue")).isEqualTo(1);
		assertThat(db.rows("jc_ticket") + db.rows("jc_screening") + db.rows("jc_critique") + db.rows("jc_cinema_film"))
			.isZero();
		assertThat(db.rows("jc_film")).isEqualTo(1);
		db.repo(Venue.class).filter("id", odeon.id).delete();
		assertThat(db.rows("jc_cinema")).isZero();
	}
}
