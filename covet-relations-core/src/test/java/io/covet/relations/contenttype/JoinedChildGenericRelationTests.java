package io.covet.relations.contenttype;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A multi-table child has its own table and content type: a generic key to a restaurant stores the restaurant's. The
 * generic relation its parent declares is the child's own for the child's objects, as Django copies a GenericRelation
 * to a child model. Before, the child's manager, prefetch and filters looked for the parent's content type while its
 * {@code create} and a generic key stored the child's, so none of them found the rows, and deleting the restaurant
 * left them behind.
 */
@Models({ JoinedChildGenericRelationTests.Place.class, JoinedChildGenericRelationTests.Restaurant.class,
		JoinedChildGenericRelationTests.Review.class })
class JoinedChildGenericRelationTests {

	@Model(table = "jg_place")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Place {
		@Id
		Long id;
		String name;
		@GenericRelation(Review.class)
		RelatedManager<Review> reviews = RelatedManager.unbound();
	}

	@Model(table = "jg_restaurant")
	static class Restaurant extends Place {
		boolean pizza;
	}

	@Model(table = "jg_review")
	static class Review {
		@Id
		Long id;
		String text;
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();

		Review() {
		}

		Review(String text, Object target) {
			this.text = text;
			this.target = GenericRef.to(target);
		}
	}

	@DatabaseTest
	void aRestaurantsReviewsAreItsOwnEveryWayTheyAreRead(TestDatabase db) {
		Restaurant diner = new Restaurant();
		diner.name = "diner";
		db.repo(Restaurant.class).save(diner);
		diner.reviews.create(new Review("made by the manager", null));
		db.repo(Review.class).save(new Review("made by a key", diner));
		Place park = new Place();
		park.name = "park";
		db.repo(Place.class).save(park);
		park.reviews.create(new Review("on the park", null));

		assertThat(diner.reviews.count()).isEqualTo(2);
		Restaurant loaded = db.<Restaurant, Long>repo(Restaurant.class).findById(diner.id).orElseThrow();
		assertThat(loaded.reviews.all()).extracting(r -> r.text).containsExactly("made by the manager", "made by a key");
		db.queries().reset();
		Restaurant prefetched = db.relations().objects(Restaurant.class).prefetchRelated("reviews").get();
		assertThat(prefetched.reviews.all()).hasSize(2);
		assertThat(db.queries().total()).isEqualTo(2);
		assertThat(db.relations().objects(Restaurant.class).filter("reviews__text", "made by a key").count()).isEqualTo(1);
		assertThat(db.relations().objects(Place.class).filter("reviews__text", "on the park").count()).isEqualTo(1);
		assertThat(park.reviews.all()).extracting(r -> r.text).containsExactly("on the park");
		assertThat(db.relations().objects(Review.class).filter("text", "made by the manager").get().target.fetch())
			.isInstanceOf(Restaurant.class);

		assertThat(db.relations().objects(Restaurant.class).explainDelete().deletes()).containsEntry("Review", 2L);
		db.repo(Restaurant.class).delete(diner);
		assertThat(db.relations().objects(Review.class).list()).extracting(r -> r.text).containsExactly("on the park");
	}
}
