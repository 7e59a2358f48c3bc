package io.covet.relations.m2m;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;

/** A bare many-to-many and a symmetrical self-relation for the concurrency tests. */
public final class ConcurrencyModels {

	private ConcurrencyModels() {
	}

	@Model(table = "c_item")
	public static class Item {

		@Id
		public Long id;

		@ManyToMany(relatedName = "items")
		public ManyRelatedManager<Label> labels = ManyRelatedManager.unbound();
	}

	@Model(table = "c_label")
	public static class Label {

		@Id
		public Long id;
	}

	/** A symmetrical self-relation: adding b to a's friends adds a to b's too, in one statement. */
	@Model(table = "c_person")
	public static class Person {

		@Id
		public Long id;

		@ManyToMany(relatedName = "+")
		public ManyRelatedManager<Person> friends = ManyRelatedManager.unbound();
	}
}
