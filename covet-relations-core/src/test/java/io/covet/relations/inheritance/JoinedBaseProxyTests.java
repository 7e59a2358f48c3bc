package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A proxy of a multi-table base: it saves and reads the base's rows, and deleting through it takes the children's
 * rows along.
 */
@Models({ JoinedBaseProxyTests.Venue.class, JoinedBaseProxyTests.Cinema.class, JoinedBaseProxyTests.VenueView.class })
class JoinedBaseProxyTests {

	@Model(table = "jb_venue")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Venue {

		@Id
		Long id;

		String name;
	}

	@Model(table = "jb_cinema")
	static class Cinema extends Venue {

		int screens;
	}

	@Model
	@Proxy
	static class VenueView extends Venue {
	}

	@DatabaseTest
	void aProxyOfAMultiTableBaseReadsAndDeletesItsRowsWithTheChildren(TestDatabase db) {
		VenueView hall = new VenueView();
		hall.name = "hall";
		db.repo(VenueView.class).save(hall);
		Cinema cinema = new Cinema();
		cinema.name = "Lux";
		cinema.screens = 2;
		db.repo(Cinema.class).save(cinema);

		assertThat(db.<VenueView, Long>repo(VenueView.class).objects().orderBy("name").list()).extracting(v -> v.name)
			.containsExactly("Lux", "hall");
		db.repo(VenueView.class).filter("name", "Lux").delete();

		assertThat(db.rows("jb_cinema")).isZero();
		assertThat(db.rows("jb_venue")).isEqualTo(1);
	}
}
