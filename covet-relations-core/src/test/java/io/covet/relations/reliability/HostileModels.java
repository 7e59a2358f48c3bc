package io.covet.relations.reliability;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/** Models whose table and column names would break SQL built by pasting strings. */
final class HostileModels {

	private HostileModels() {
	}

	@Model(table = "order")
	static class Order {

		@Id
		@Column(name = "select")
		Long id;

		@Column(name = "we\"ird `name`; --")
		String name;

		@Column(name = "naïve café")
		String label;

		RelatedManager<Line> lines = RelatedManager.unbound();
	}

	@Model(table = "line items; DROP TABLE x --")
	static class Line {

		@Id
		Long id;

		@ForeignKey(relatedName = "lines", column = "order\"id")
		Ref<Order> order = Ref.none();

		@Column(name = "group")
		String group;
	}
}
