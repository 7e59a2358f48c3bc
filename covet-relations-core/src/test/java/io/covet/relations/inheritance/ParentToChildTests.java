package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedObject;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A multi-table parent reaches its child through the reverse side of the parent link ({@code spot.cafe}, Django's
 * {@code place.restaurant}): with a join, with a prefetch (which failed, setting the child's key field to a
 * reference), by filter, and loaded on its own.
 */
@Models({ ParentToChildTests.Spot.class, ParentToChildTests.Cafe.class })
class ParentToChildTests {

	@Model(table = "pc_spot")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Spot {

		@Id
		Long id;

		String name;

		RelatedObject<Cafe> cafe = RelatedObject.unbound();
	}

	@Model(table = "pc_cafe")
	static class Cafe extends Spot {

		int seats;
	}

	@DatabaseTest
	void aParentReachesItsChildByJoinPrefetchAndFilter(TestDatabase db) {
		Cafe cafe = new Cafe();
		cafe.name = "Blue";
		cafe.seats = 12;
		db.repo(Cafe.class).save(cafe);
		Spot plain = new Spot();
		plain.name = "Park";
		db.repo(Spot.class).save(plain);

		List<Spot> spots = db.<Spot, Long>repo(Spot.class).objects().selectRelated("cafe").orderBy("name").list();
		assertThat(spots.get(0).cafe.get().seats).isEqualTo(12);
		assertThat(spots.get(1).cafe.find()).isEmpty();
		List<Spot> prefetched = db.queries()
			.assertNumQueries(2, () -> db.<Spot, Long>repo(Spot.class).objects().prefetchRelated("cafe").orderBy("name").list());
		assertThat(prefetched.get(0).cafe.get().name).isEqualTo("Blue");
		assertThat(prefetched.get(0).cafe.get().id).isEqualTo(cafe.id);
		assertThat(prefetched.get(1).cafe.exists()).isFalse();
		assertThat(db.<Spot, Long>repo(Spot.class).findById(cafe.id).orElseThrow().cafe.find()).isPresent();
		assertThat(db.repo(Spot.class).filter("cafe__seats__gte", 10).count()).isEqualTo(1);
		assertThat(db.repo(Spot.class).filter("cafe__isnull", true).count()).isEqualTo(1);
	}
}
