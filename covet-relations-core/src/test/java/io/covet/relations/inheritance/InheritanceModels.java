package io.covet.relations.inheritance;

import java.time.LocalDate;

import io.covet.relations.annotation.DiscriminatorValue;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.query.Q;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/** One hierarchy per strategy, plus relations pointing at bases and at children. */
final class InheritanceModels {

	private InheritanceModels() {
	}

	@Model(table = "i_person")
	static class Person {

		@Id
		Long id;

		String name;

		Integer age;

		RelatedManager<Note> notes = RelatedManager.unbound();

		RelatedManager<Memo> memos = RelatedManager.unbound();

		Person() {
		}

		Person(String name, int age) {
			this.name = name;
			this.age = age;
		}
	}

	/** A proxy: the same table, only people of 60 and over, by name descending. */
	@Model(ordering = "-name")
	@Proxy
	static class Senior extends Person {

		static Q defaultFilter() {
			return Q.of("age__gte", 60);
		}

		boolean canRetire() {
			return this.age >= 65;
		}
	}

	/** An abstract base: fields and a relation, no table. */
	abstract static class Written {

		@Id
		Long id;

		String text;

		LocalDate written = LocalDate.of(2024, 1, 1);

		@ForeignKey(relatedName = "{class}s", onDelete = OnDelete.CASCADE)
		Ref<Person> author = Ref.none();
	}

	@Model(table = "i_note")
	static class Note extends Written {
	}

	@Model(table = "i_memo")
	static class Memo extends Written {

		boolean urgent;
	}

	// Single table: Content <- Article <- Featured, Content <- Video.

	@Model(table = "i_content")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Content {

		@Id
		Long id;

		String title;

		@ForeignKey(relatedName = "contents", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Person> owner = Ref.none();

		RelatedManager<Remark> remarks = RelatedManager.unbound();
	}

	@Model
	static class Article extends Content {

		String body;

		RelatedManager<Like> likes = RelatedManager.unbound();
	}

	@Model
	@DiscriminatorValue("featured")
	static class Featured extends Article {

		String badge;
	}

	@Model
	static class Video extends Content {

		Integer seconds;
	}

	@Model(table = "i_remark")
	static class Remark {

		@Id
		Long id;

		@ForeignKey(relatedName = "remarks", onDelete = OnDelete.CASCADE)
		Ref<Content> content = Ref.none();

		String text;
	}

	@Model(table = "i_like")
	static class Like {

		@Id
		Long id;

		@ForeignKey(relatedName = "likes", onDelete = OnDelete.CASCADE)
		Ref<Article> article = Ref.none();
	}

	// Multi-table: Place <- Restaurant, Place <- Shop.

	@Model(table = "i_place")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Place {

		@Id
		Long id;

		String name;

		RelatedManager<Review> reviews = RelatedManager.unbound();
	}

	@Model(table = "i_restaurant")
	static class Restaurant extends Place {

		boolean servesPizza;

		RelatedManager<Reservation> reservations = RelatedManager.unbound();
	}

	@Model(table = "i_shop")
	static class Shop extends Place {

		String sells;
	}

	@Model(table = "i_review")
	static class Review {

		@Id
		Long id;

		@ForeignKey(relatedName = "reviews", onDelete = OnDelete.CASCADE)
		Ref<Place> place = Ref.none();

		int stars;
	}

	@Model(table = "i_reservation")
	static class Reservation {

		@Id
		Long id;

		@ForeignKey(relatedName = "reservations", onDelete = OnDelete.CASCADE)
		Ref<Restaurant> restaurant = Ref.none();

		int guests;
	}
}
