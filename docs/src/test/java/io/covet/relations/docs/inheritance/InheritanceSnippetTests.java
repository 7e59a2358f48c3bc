package io.covet.relations.docs.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.covet.relations.CovetRelations;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.relation.Ref;

/** inheritance.md: each of the four ways, run. */
class InheritanceSnippetTests {

	private final CovetRelations relations = GuideDatabase.relations(Person.class, Senior.class, Note.class, Memo.class,
			Content.class, Article.class, Featured.class, Video.class, Place.class, Restaurant.class);

	@Test
	void anAbstractBaseGivesEachModelItsOwnReverseAccessor() {
		Person ann = this.relations.repository(Person.class).save(new Person("Ann", 40));
		Note note = new Note();
		note.author = Ref.to(ann);
		this.relations.repository(Note.class).save(note);

		assertThat(ann.notes().count()).isEqualTo(1);
		assertThat(ann.memos().count()).isZero();
	}

	@Test
	void oneTableHoldsTheWholeHierarchy() {
		this.relations.repository(Article.class).create(Map.of("title", "a"));
		this.relations.repository(Featured.class).create(Map.of("title", "f", "badge", "gold"));
		this.relations.repository(Video.class).create(Map.of("title", "v"));

		assertThat(this.relations.objects(Content.class).orderBy("id").list()).extracting(Object::getClass)
			.containsExactly(Article.class, Featured.class, Video.class);
		assertThat(this.relations.objects(Article.class).count()).isEqualTo(2);
	}

	@Test
	void aRestaurantIsAPlaceRow() {
		Restaurant luigis = new Restaurant();
		luigis.name = "Luigi's";
		luigis.servesPizza = true;
		this.relations.repository(Restaurant.class).save(luigis);

		assertThat(this.relations.objects(Place.class).get("name", "Luigi's")).isNotNull();
		assertThat(this.relations.objects(Restaurant.class).get("name", "Luigi's").servesPizza).isTrue();
	}

	@Test
	void aProxyFiltersAndOrdersItsParentsRows() {
		this.relations.repository(Person.class).save(new Person("Ann", 40));
		this.relations.repository(Person.class).save(new Person("Bea", 66));
		this.relations.repository(Person.class).save(new Person("Cid", 61));

		assertThat(this.relations.objects(Senior.class).list()).extracting(senior -> senior.name, Senior::canRetire)
			.containsExactly(org.assertj.core.api.Assertions.tuple("Cid", false),
					org.assertj.core.api.Assertions.tuple("Bea", true));
	}
}
