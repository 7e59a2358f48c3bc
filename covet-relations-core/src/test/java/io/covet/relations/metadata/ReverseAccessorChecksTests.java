package io.covet.relations.metadata;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/**
 * Reverse accessors that registration accepted although queries through them could not work (found by a probing
 * helper), now refused as Django's system checks refuse them: a related name equal to a field a multi-table child
 * inherits (fields.E302), a child's reverse accessor named like its parent's (fields.E304), a name containing
 * {@code __} or equal to {@code pk} (fields.E309), and an accessor field whose type argument is not the related model.
 */
class ReverseAccessorChecksTests {

	@Model(table = "rac_place")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Place {
		@Id
		Long id;
		String name;
		RelatedManager<Visit> visits = RelatedManager.unbound();
	}

	@Model(table = "rac_bar")
	static class Bar extends Place {
		int seats;
	}

	@Model(table = "rac_visit")
	static class Visit {
		@Id
		Long id;
		@ForeignKey(relatedName = "visits")
		Ref<Place> place = Ref.none();
	}

	/** Named like the field the bar inherits. */
	@Model(table = "rac_sign")
	static class Sign {
		@Id
		Long id;
		@ForeignKey(relatedName = "name")
		Ref<Bar> bar = Ref.none();
	}

	/** Named like the reverse accessor the bar inherits from the place. */
	@Model(table = "rac_review")
	static class Review {
		@Id
		Long id;
		@ForeignKey(relatedName = "visits")
		Ref<Bar> bar = Ref.none();
	}

	@Model(table = "rac_path")
	static class PathLike {
		@Id
		Long id;
		@ForeignKey(relatedName = "the__visits")
		Ref<Place> place = Ref.none();
	}

	@Model(table = "rac_pk")
	static class PkLike {
		@Id
		Long id;
		@ManyToMany(relatedName = "pk")
		ManyRelatedManager<Place> places = ManyRelatedManager.unbound();
	}

	@Model(table = "rac_owner")
	static class Owner {
		@Id
		Long id;
		/** Rows of Pet, declared as rows of Visit. */
		RelatedManager<Visit> pets = RelatedManager.unbound();
	}

	@Model(table = "rac_pet")
	static class Pet {
		@Id
		Long id;
		@ForeignKey(relatedName = "pets")
		Ref<Owner> owner = Ref.none();
	}

	@Test
	void aRelatedNameMayNotBeAFieldTheTargetInherits() {
		assertThatThrownBy(() -> ModelRegistry.of(Place.class, Bar.class, Visit.class, Sign.class))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("'name'")
			.hasMessageContaining("Place");
	}

	@Test
	void aChildsReverseAccessorMayNotRepeatOneItInherits() {
		assertThatThrownBy(() -> ModelRegistry.of(Place.class, Bar.class, Visit.class, Review.class))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("visits");
	}

	@Test
	void aRelatedNameMustBeUsableInLookups() {
		assertThatThrownBy(() -> ModelRegistry.of(Place.class, PathLike.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("__");
		assertThatThrownBy(() -> ModelRegistry.of(Place.class, PkLike.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("pk");
	}

	@Test
	void anAccessorsTypeArgumentMustBeTheRelatedModel() {
		assertThatThrownBy(() -> ModelRegistry.of(Owner.class, Pet.class, Place.class, Visit.class))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("RelatedManager<Pet>");
		assertThatNoException().isThrownBy(() -> ModelRegistry.of(Place.class, Bar.class, Visit.class));
	}
}
