package io.covet.relations.manager;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A manager declared for a base model creates a subclass instance as its own class, as the repository's save does
 * and as Django saves an object: a single-table child keeps its own columns, a multi-table child gets its own row.
 * Before, the reverse, many-to-many and generic managers wrote such an instance as the base, so an article's body
 * read back NULL and a restaurant had no row of its own (and no repository found it).
 */
@Models({ ManagerCreateSubclassTests.Owner.class, ManagerCreateSubclassTests.Content.class,
		ManagerCreateSubclassTests.Article.class, ManagerCreateSubclassTests.Place.class,
		ManagerCreateSubclassTests.Restaurant.class })
class ManagerCreateSubclassTests {

	@Model(table = "mcs_owner")
	static class Owner {
		@Id
		Long id;
		String name;
		RelatedManager<Content> contents = RelatedManager.unbound();
		RelatedManager<Place> places = RelatedManager.unbound();
		@ManyToMany(relatedName = "fans", table = "mcs_owner_content")
		ManyRelatedManager<Content> favouriteContents = ManyRelatedManager.unbound();
		@ManyToMany(relatedName = "fans", table = "mcs_owner_place")
		ManyRelatedManager<Place> favouritePlaces = ManyRelatedManager.unbound();
		@GenericRelation(Content.class)
		RelatedManager<Content> taggedContents = RelatedManager.unbound();
		@GenericRelation(Place.class)
		RelatedManager<Place> taggedPlaces = RelatedManager.unbound();
	}

	@Model(table = "mcs_content")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Content {
		@Id
		Long id;
		String title;
		@ForeignKey(relatedName = "contents", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Owner> owner = Ref.none();
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();
	}

	@Model
	static class Article extends Content {
		String body;
	}

	@Model(table = "mcs_place")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Place {
		@Id
		Long id;
		String name;
		@ForeignKey(relatedName = "places", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Owner> owner = Ref.none();
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();
	}

	@Model(table = "mcs_restaurant")
	static class Restaurant extends Place {
		String dish;
	}

	private static Owner owner(TestDatabase db) {
		Owner ann = new Owner();
		ann.name = "Ann";
		return db.<Owner, Long>repo(Owner.class).save(ann);
	}

	private static Article article(String body) {
		Article article = new Article();
		article.title = "t";
		article.body = body;
		return article;
	}

	private static Restaurant restaurant(String dish) {
		Restaurant restaurant = new Restaurant();
		restaurant.name = "r";
		restaurant.dish = dish;
		return restaurant;
	}

	/** The article and the restaurant read back through their own repositories, with their own columns. */
	private static void assertSavedAsTheirOwnClass(TestDatabase db, Article article, Restaurant restaurant) {
		assertThat(db.<Article, Long>repo(Article.class).findById(article.id)).get()
			.extracting(a -> a.body)
			.isEqualTo("kept");
		assertThat(db.<Content, Long>repo(Content.class).findById(article.id)).get().isInstanceOf(Article.class);
		assertThat(db.<Restaurant, Long>repo(Restaurant.class).findById(restaurant.id)).get()
			.extracting(r -> r.dish)
			.isEqualTo("soup");
		assertThat(db.rows("mcs_restaurant")).isEqualTo(1);
	}

	@DatabaseTest
	void aReverseManagerCreatesASubclassInstanceAsItsOwnClass(TestDatabase db) {
		Owner ann = owner(db);
		Article article = article("kept");
		ann.contents.create(article);
		Restaurant restaurant = restaurant("soup");
		ann.places.create(restaurant);
		assertSavedAsTheirOwnClass(db, article, restaurant);
		assertThat(ann.contents.all()).extracting(c -> c.id).containsExactly(article.id);
		assertThat(ann.places.all()).extracting(p -> p.id).containsExactly(restaurant.id);
	}

	@DatabaseTest
	void aManyToManyManagerCreatesASubclassInstanceAsItsOwnClass(TestDatabase db) {
		Owner ann = owner(db);
		Article article = article("kept");
		ann.favouriteContents.create(article);
		Restaurant restaurant = restaurant("soup");
		ann.favouritePlaces.create(restaurant);
		assertSavedAsTheirOwnClass(db, article, restaurant);
		assertThat(ann.favouriteContents.all()).extracting(c -> c.id).containsExactly(article.id);
		assertThat(ann.favouritePlaces.all()).extracting(p -> p.id).containsExactly(restaurant.id);
	}

	@DatabaseTest
	void aGenericRelationCreatesASubclassInstanceAsItsOwnClass(TestDatabase db) {
		Owner ann = owner(db);
		Article article = article("kept");
		ann.taggedContents.create(article);
		Restaurant restaurant = restaurant("soup");
		ann.taggedPlaces.create(restaurant);
		assertSavedAsTheirOwnClass(db, article, restaurant);
		assertThat(ann.taggedContents.all()).extracting(c -> c.id).containsExactly(article.id);
		assertThat(ann.taggedPlaces.all()).extracting(p -> p.id).containsExactly(restaurant.id);
	}
}
