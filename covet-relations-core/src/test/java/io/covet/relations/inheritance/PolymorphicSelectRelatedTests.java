package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A polymorphic read of a multi-table base with {@code selectRelated}: the subclasses' instances that replace the
 * base's rows are read with the same joins, so their references are loaded too (they were left unloaded).
 */
@Models({ PolymorphicSelectRelatedTests.Owner.class, PolymorphicSelectRelatedTests.Property.class,
		PolymorphicSelectRelatedTests.House.class, PolymorphicSelectRelatedTests.Flat.class })
class PolymorphicSelectRelatedTests {

	@Model(table = "ps_owner")
	static class Owner {

		@Id
		Long id;

		String name;
	}

	@Model(table = "ps_property")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Property {

		@Id
		Long id;

		String name;

		@ForeignKey(relatedName = "properties")
		Ref<Owner> owner = Ref.none();
	}

	@Model(table = "ps_house")
	static class House extends Property {

		int floors;
	}

	@Model(table = "ps_flat")
	static class Flat extends Property {

		int level;
	}

	@SuppressWarnings("unchecked")
	private static <P extends Property> P property(TestDatabase db, P property, String name, Owner owner) {
		property.name = name;
		property.owner = Ref.to(owner);
		return db.<P, Long>repo((Class<P>) property.getClass()).save(property);
	}

	@DatabaseTest
	void subclassInstancesOfAPolymorphicReadCarryTheSelectedRelations(TestDatabase db) {
		Owner ann = new Owner();
		ann.name = "Ann";
		db.repo(Owner.class).save(ann);
		property(db, new House(), "a house", ann);
		property(db, new Flat(), "b flat", ann);
		property(db, new Property(), "c plot", ann);

		List<Property> properties = db.queries()
			.assertNumQueries(3, () -> db.<Property, Long>repo(Property.class)
				.objects()
				.polymorphic()
				.selectRelated("owner")
				.orderBy("name")
				.list());

		assertThat(properties).extracting(p -> p.getClass().getSimpleName()).containsExactly("House", "Flat", "Property");
		assertThat(properties).extracting(p -> p.owner.get().name).containsExactly("Ann", "Ann", "Ann");
	}
}
