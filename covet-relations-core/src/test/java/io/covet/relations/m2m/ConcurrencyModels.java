package io.covet.relations.m2m;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;

/** A bare many-to-many for the concurrency tests. */
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
}
