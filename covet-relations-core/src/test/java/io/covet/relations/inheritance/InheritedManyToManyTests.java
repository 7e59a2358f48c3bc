package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A many-to-many relation declared on a single-table base, used through a child and through a proxy: their objects
 * are rows of the base's table, so the links are the base's links, read, prefetched and deleted with the object; and
 * deleting through the base honours a key declared to the child.
 */
@Models({ InheritedManyToManyTests.Card.class, InheritedManyToManyTests.Recipe.class,
		InheritedManyToManyTests.CardView.class, InheritedManyToManyTests.Label.class, InheritedManyToManyTests.Step.class })
class InheritedManyToManyTests {

	@Model(table = "im_card")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Card {

		@Id
		Long id;

		String title;

		@ManyToMany(relatedName = "cards")
		ManyRelatedManager<Label> labels = ManyRelatedManager.unbound();
	}

	@Model
	static class Recipe extends Card {
	}

	@Model
	@Proxy
	static class CardView extends Card {
	}

	@Model(table = "im_label")
	static class Label {

		@Id
		Long id;

		String name;

		Label() {
		}

		Label(String name) {
			this.name = name;
		}
	}

	/** A key to the child: deleting the base's row, which is a recipe, deletes its steps. */
	@Model(table = "im_step")
	static class Step {

		@Id
		Long id;

		@ForeignKey(relatedName = "steps", onDelete = OnDelete.CASCADE)
		Ref<Recipe> recipe = Ref.none();
	}

	@DatabaseTest
	void aChildsLinksAreTheBasesLinks(TestDatabase db) {
		Label sweet = db.<Label, Long>repo(Label.class).save(new Label("sweet"));
		Label quick = db.<Label, Long>repo(Label.class).save(new Label("quick"));
		Recipe recipe = new Recipe();
		recipe.title = "pie";
		db.repo(Recipe.class).save(recipe);
		recipe.labels.add(sweet, quick);
		recipe.labels.add(sweet);
		recipe.labels.remove(quick);

		Card card = db.<Card, Long>repo(Card.class).objects().prefetchRelated("labels").first().orElseThrow();
		assertThat(card).isInstanceOf(Recipe.class);
		assertThat(card.labels.all()).extracting(label -> label.name).containsExactly("sweet");
		CardView view = db.<CardView, Long>repo(CardView.class).findById(recipe.id).orElseThrow();
		assertThat(view.labels.all()).extracting(label -> label.name).containsExactly("sweet");
		assertThat(db.repo(Label.class).filter("cards__title", "pie").count()).isEqualTo(1);
		assertThat(db.repo(Recipe.class).filter("labels__name", "sweet").count()).isEqualTo(1);

		Step step = new Step();
		step.recipe = Ref.to(recipe);
		db.repo(Step.class).save(step);

		db.repo(Card.class).filter("id", recipe.id).delete();
		assertThat(db.rows("im_card") + db.rows("im_step")).isZero();
		assertThat(db.rows("im_label")).isEqualTo(2);
	}
}
