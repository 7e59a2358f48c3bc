package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.inheritance.InheritanceModels.Article;
import io.covet.relations.inheritance.InheritanceModels.Content;
import io.covet.relations.inheritance.InheritanceModels.Featured;
import io.covet.relations.inheritance.InheritanceModels.Like;
import io.covet.relations.inheritance.InheritanceModels.Memo;
import io.covet.relations.inheritance.InheritanceModels.Note;
import io.covet.relations.inheritance.InheritanceModels.Person;
import io.covet.relations.inheritance.InheritanceModels.Place;
import io.covet.relations.inheritance.InheritanceModels.Remark;
import io.covet.relations.inheritance.InheritanceModels.Reservation;
import io.covet.relations.inheritance.InheritanceModels.Restaurant;
import io.covet.relations.inheritance.InheritanceModels.Review;
import io.covet.relations.inheritance.InheritanceModels.Senior;
import io.covet.relations.inheritance.InheritanceModels.Shop;
import io.covet.relations.inheritance.InheritanceModels.Video;
import io.covet.relations.relation.Ref;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

@Models({ Person.class, Senior.class, Note.class, Memo.class, Content.class, Article.class, Featured.class,
		Video.class, Remark.class, Like.class, Place.class, Restaurant.class, Shop.class, Review.class, Reservation.class })
class InheritanceTests {

	@DatabaseTest
	void abstractBasesContributeFieldsAndRelationsWithoutATable(TestDatabase db) {
		Person ann = db.<Person, Long>repo(Person.class).save(new Person("Ann", 40));
		Note note = new Note();
		note.text = "n";
		note.author = Ref.to(ann);
		Memo memo = new Memo();
		memo.text = "m";
		memo.urgent = true;
		memo.author = Ref.to(ann);
		db.repo(Note.class).save(note);
		db.repo(Memo.class).save(memo);
		Person loaded = db.<Person, Long>repo(Person.class).objects().prefetchRelated("notes", "memos").get("id", ann.id);
		assertThat(loaded.notes.all()).extracting(n -> n.text).containsExactly("n");
		assertThat(loaded.memos.all().get(0).urgent).isTrue();
		assertThat(db.repo(Memo.class).filter("author__name", "Ann").filter("written__lt", java.time.LocalDate.of(2025, 1, 1))
			.count()).isEqualTo(1);
		assertThat(db.relations().registry().models()).noneMatch(m -> m.table().contains("written"));
	}

	@DatabaseTest
	void proxiesShareTheTableWithTheirOwnFilterOrderingAndMethods(TestDatabase db) {
		CovetRepository<Person, Long> people = db.repo(Person.class);
		people.saveAll(List.of(new Person("Ann", 70), new Person("Bob", 61), new Person("Cid", 30)));
		CovetRepository<Senior, Long> seniors = db.repo(Senior.class);
		List<Senior> found = seniors.findAll();
		assertThat(found).extracting(s -> s.name).containsExactly("Bob", "Ann");
		assertThat(found).allSatisfy(s -> assertThat(s).isInstanceOf(Senior.class));
		assertThat(found.get(1).canRetire()).isTrue();
		assertThat(seniors.count()).isEqualTo(2);
		assertThat(seniors.filter("name", "Cid").exists()).isFalse();
		Senior bob = found.get(0);
		bob.age = 62;
		seniors.save(bob);
		assertThat(people.get("name", "Bob").age).isEqualTo(62);
		assertThatThrownBy(() -> seniors.save((Senior) (Object) new Person("Dan", 80))).isInstanceOf(ClassCastException.class);
		assertThatThrownBy(() -> ((CovetRepository<Object, Long>) (Object) seniors).save(new Person("Dan", 80)))
			.isInstanceOf(InvalidValueException.class);
		Note note = new Note();
		note.text = "senior note";
		note.author = Ref.to(bob);
		db.repo(Note.class).save(note);
		assertThat(seniors.objects().prefetchRelated("notes").get("name", "Bob").notes.all()).hasSize(1);
		assertThat(seniors.filter("notes__text", "senior note").count()).isEqualTo(1);
	}

	private void contents(TestDatabase db) {
		Person owner = db.<Person, Long>repo(Person.class).save(new Person("Ann", 40));
		Article article = new Article();
		article.title = "A";
		article.body = "text";
		article.owner = Ref.to(owner);
		Featured featured = new Featured();
		featured.title = "F";
		featured.body = "big";
		featured.badge = "gold";
		Video video = new Video();
		video.title = "V";
		video.seconds = 90;
		db.repo(Content.class).saveAll(List.of(article, featured, video));
	}

	@DatabaseTest
	void singleTableQueriesReturnTheRightClassesAndFilterByDiscriminator(TestDatabase db) {
		contents(db);
		assertThat(db.rows("i_content")).isEqualTo(3);
		List<Content> all = db.queries()
			.assertNumQueries(1, () -> db.<Content, Long>repo(Content.class).objects().orderBy("title").list());
		assertThat(all).extracting(c -> c.getClass().getSimpleName()).containsExactly("Article", "Featured", "Video");
		assertThat(((Featured) all.get(1)).badge).isEqualTo("gold");
		assertThat(((Video) all.get(2)).seconds).isEqualTo(90);
		CovetRepository<Article, Long> articles = db.repo(Article.class);
		assertThat(articles.count()).isEqualTo(2);
		assertThat(articles.objects().orderBy("title").list()).extracting(a -> a.title).containsExactly("A", "F");
		assertThat(articles.filter("body", "big").list()).singleElement().isInstanceOf(Featured.class);
		assertThat(articles.filter("owner__name", "Ann").count()).isEqualTo(1);
		assertThat(db.repo(Video.class).count()).isEqualTo(1);
		assertThat(db.repo(Featured.class).count()).isEqualTo(1);
		assertThatThrownBy(() -> db.repo(Content.class).filter("body", "x")).isInstanceOf(UnknownFieldException.class);

		assertThat(articles.objects().update(Map.of("body", "edited"))).isEqualTo(2);
		assertThat(db.repo(Content.class).filter("title", "V").update("title", "V2")).isEqualTo(1);
		assertThat(db.repo(Video.class).objects().delete().total()).isEqualTo(1);
		assertThat(db.repo(Content.class).count()).isEqualTo(2);
	}

	@DatabaseTest
	void singleTableRelationsPointAtTheBaseAndAtAChild(TestDatabase db) {
		contents(db);
		Article article = db.<Article, Long>repo(Article.class).get("title", "A");
		Video video = db.<Video, Long>repo(Video.class).get("title", "V");
		Remark onArticle = new Remark();
		onArticle.content = Ref.to(article);
		onArticle.text = "nice";
		Remark onVideo = new Remark();
		onVideo.content = Ref.to(video);
		onVideo.text = "long";
		db.repo(Remark.class).saveAll(List.of(onArticle, onVideo));
		Like like = new Like();
		like.article = Ref.to(article);
		db.repo(Like.class).save(like);

		List<Remark> remarks = db.queries()
			.assertNumQueries(1, () -> db.<Remark, Long>repo(Remark.class).objects().selectRelated("content").orderBy("text").list());
		assertThat(remarks.get(0).content.get()).isInstanceOf(Video.class);
		assertThat(remarks.get(1).content.get()).isInstanceOf(Article.class);
		List<Content> withRemarks = db.queries()
			.assertNumQueries(2, () -> db.<Content, Long>repo(Content.class).objects().orderBy("title").prefetchRelated("remarks").list());
		assertThat(withRemarks.get(0).remarks.all()).extracting(r -> r.text).containsExactly("nice");
		assertThat(db.<Like, Long>repo(Like.class).objects().selectRelated("article").first().orElseThrow().article.get().body)
			.isEqualTo("text");
		assertThat(db.<Article, Long>repo(Article.class).objects().prefetchRelated("likes", "remarks").get("title", "A").likes.all())
			.hasSize(1);
		assertThat(db.repo(Article.class).filter("remarks__text", "nice").count()).isEqualTo(1);

		db.repo(Article.class).filter("title", "A").delete();
		assertThat(db.rows("i_remark")).isEqualTo(1);
		assertThat(db.rows("i_like")).isZero();
	}

	@DatabaseTest
	void anUnknownDiscriminatorValueIsAClearError(TestDatabase db) {
		contents(db);
		db.jdbc().update("UPDATE " + db.dialect().quote("i_content") + " SET " + db.dialect().quote("kind") + " = 'podcast'"
				+ " WHERE " + db.dialect().quote("title") + " = 'V'");
		assertThatThrownBy(() -> db.repo(Content.class).findAll()).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("'podcast'")
			.hasMessageContaining("i_content.kind");
		db.jdbc().update("DELETE FROM " + db.dialect().quote("i_content") + " WHERE " + db.dialect().quote("kind") + " = 'podcast'");
	}

	private Restaurant restaurant(TestDatabase db, String name, boolean pizza) {
		Restaurant restaurant = new Restaurant();
		restaurant.name = name;
		restaurant.servesPizza = pizza;
		return db.<Restaurant, Long>repo(Restaurant.class).save(restaurant);
	}

	@DatabaseTest
	void createOnAMultiTableChildTakesInheritedFields(TestDatabase db) {
		CovetRepository<Restaurant, Long> restaurants = db.repo(Restaurant.class);
		Restaurant created = restaurants.objects().create(Map.of("name", "Pizzeria", "servesPizza", true));
		assertThat(db.rows("i_place")).isEqualTo(1);
		Restaurant loaded = restaurants.findById(created.id).orElseThrow();
		assertThat(loaded.name).isEqualTo("Pizzeria");
		assertThat(loaded.servesPizza).isTrue();
		assertThat(restaurants.objects().getOrCreate(Map.of("name", "Pizzeria"), Map.of("servesPizza", false)).created())
			.isFalse();
		assertThatThrownBy(() -> restaurants.objects().create(Map.of("nmae", "x"))).isInstanceOf(UnknownFieldException.class)
			.hasMessageContaining("name")
			.hasMessageContaining("servesPizza");
	}

	@DatabaseTest
	void bulkCreateOfMultiTableChildrenInsertsEachTablesRowsInOneStatement(TestDatabase db) {
		List<Restaurant> restaurants = List.of(new Restaurant(), new Restaurant(), new Restaurant());
		for (int i = 0; i < restaurants.size(); i++) {
			restaurants.get(i).name = "Restaurant " + i;
			restaurants.get(i).servesPizza = i % 2 == 0;
		}

		db.queries().assertNumQueries(2, () -> db.repo(Restaurant.class).bulkCreate(restaurants));

		assertThat(restaurants).extracting(r -> r.id).doesNotContainNull().doesNotHaveDuplicates();
		assertThat(db.rows("i_place")).isEqualTo(3);
		assertThat(db.<Restaurant, Long>repo(Restaurant.class).objects().orderBy("name").list())
			.extracting(r -> r.id + " " + r.name + " " + r.servesPizza)
			.containsExactly(restaurants.get(0).id + " Restaurant 0 true", restaurants.get(1).id + " Restaurant 1 false",
					restaurants.get(2).id + " Restaurant 2 true");
		assertThat(restaurants.get(1).reviews.count()).isZero();
	}

	@DatabaseTest
	void multiTableChildrenWriteBothRowsAndReadWithAJoin(TestDatabase db) {
		Restaurant luigi = restaurant(db, "Luigi", true);
		restaurant(db, "Sushi", false);
		Shop shop = new Shop();
		shop.name = "Books";
		shop.sells = "books";
		db.repo(Shop.class).save(shop);
		assertThat(db.rows("i_place")).isEqualTo(3);
		assertThat(db.rows("i_restaurant")).isEqualTo(2);

		Restaurant loaded = db.queries()
			.assertNumQueries(1, () -> db.<Restaurant, Long>repo(Restaurant.class).findById(luigi.id).orElseThrow());
		assertThat(loaded.name).isEqualTo("Luigi");
		assertThat(loaded.servesPizza).isTrue();
		CovetRepository<Restaurant, Long> restaurants = db.repo(Restaurant.class);
		assertThat(restaurants.filter("name__startswith", "L").filter("servesPizza", true).count()).isEqualTo(1);
		assertThat(restaurants.objects().orderBy("-name").list()).extracting(r -> r.name).containsExactly("Sushi", "Luigi");
		assertThat(restaurants.objects().values("name", "servesPizza")).hasSize(2);
		// Without names, every column, the parent's first, as Django's values() (before: the child's own only).
		assertThat(restaurants.objects().filter("pk", luigi.id).values().get(0)).containsEntry("id", luigi.id)
			.containsEntry("name", "Luigi")
			.containsEntry("servesPizza", true);

		loaded.name = "Luigi's";
		loaded.servesPizza = false;
		restaurants.save(loaded);
		assertThat(db.repo(Place.class).filter("name", "Luigi's").count()).isEqualTo(1);
		assertThat(restaurants.filter("name", "Sushi").update(Map.of("name", "Sushi Bar", "servesPizza", true))).isEqualTo(1);
		assertThat(restaurants.get("name", "Sushi Bar").servesPizza).isTrue();

		List<Place> places = db.queries()
			.assertNumQueries(3, () -> db.<Place, Long>repo(Place.class).objects().orderBy("name").polymorphic().list());
		assertThat(places).extracting(p -> p.getClass().getSimpleName()).containsExactly("Shop", "Restaurant", "Restaurant");
		assertThat(db.repo(Place.class).findAll()).allSatisfy(p -> assertThat(p.getClass()).isEqualTo(Place.class));
	}

	@DatabaseTest
	void multiTableDeletesTakeBothRowsInEitherDirection(TestDatabase db) {
		Restaurant luigi = restaurant(db, "Luigi", true);
		Restaurant sushi = restaurant(db, "Sushi", false);
		var result = db.repo(Restaurant.class).filter("id", luigi.id).delete();
		assertThat(result.perModel()).containsEntry("Restaurant", 1L).containsEntry("Place", 1L);
		assertThat(db.rows("i_place")).isEqualTo(1);
		db.repo(Place.class).filter("id", sushi.id).delete();
		assertThat(db.rows("i_restaurant")).isZero();
		assertThat(db.rows("i_place")).isZero();
	}

	@DatabaseTest
	void multiTableRelationsPointAtTheBaseAndAtAChild(TestDatabase db) {
		Restaurant luigi = restaurant(db, "Luigi", true);
		Review review = new Review();
		review.place = Ref.to(luigi);
		review.stars = 5;
		db.repo(Review.class).save(review);
		Reservation reservation = new Reservation();
		reservation.restaurant = Ref.to(luigi);
		reservation.guests = 4;
		db.repo(Reservation.class).save(reservation);

		Restaurant loaded = db.queries()
			.assertNumQueries(3, () -> db.<Restaurant, Long>repo(Restaurant.class).objects().prefetchRelated("reviews", "reservations").get("id", luigi.id));
		assertThat(loaded.reviews.all()).extracting(r -> r.stars).containsExactly(5);
		assertThat(loaded.reservations.all()).extracting(r -> r.guests).containsExactly(4);
		assertThat(db.repo(Restaurant.class).filter("reviews__stars__gte", 4).count()).isEqualTo(1);
		Reservation withRestaurant = db.queries()
			.assertNumQueries(1, () -> db.<Reservation, Long>repo(Reservation.class).objects().selectRelated("restaurant").first().orElseThrow());
		assertThat(withRestaurant.restaurant.get().name).isEqualTo("Luigi");
		assertThat(db.repo(Reservation.class).filter("restaurant__name", "Luigi").count()).isEqualTo(1);
		assertThat(db.<Review, Long>repo(Review.class).objects().prefetchRelated("place").first().orElseThrow().place.get().name)
			.isEqualTo("Luigi");
		db.repo(Place.class).filter("id", luigi.id).delete();
		assertThat(db.rows("i_review") + db.rows("i_reservation")).isZero();
	}
}
