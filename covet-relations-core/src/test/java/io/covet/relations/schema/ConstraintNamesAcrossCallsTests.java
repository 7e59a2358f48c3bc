package io.covet.relations.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.springframework.dao.DataIntegrityViolationException;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Constraint and index names do not depend on which tables one {@code createTables} call creates. Before, names
 * that read the same ({@code ix_ncn_order_line_item_id} for {@code ncn_order.line_item_id} and for
 * {@code ncn_order_line.item_id}) were told apart only within one call; a model created later (as the starter does
 * for a model added in a new version) got the plain name again: PostgreSQL and SQLite refused its index, and MariaDB
 * created the table, refused the foreign key, and on the next start ran without it.
 */
@Models({ ConstraintNamesAcrossCallsTests.Item.class, ConstraintNamesAcrossCallsTests.Order.class,
		ConstraintNamesAcrossCallsTests.OrderLine.class })
class ConstraintNamesAcrossCallsTests {

	@Model(table = "ncn_item")
	static class Item {
		@Id
		Long id;
	}

	@Model(table = "ncn_order")
	static class Order {
		@Id
		Long id;
		@ForeignKey(relatedName = "orders", nullable = true)
		Ref<Item> lineItem = Ref.none();
	}

	@Model(table = "ncn_order_line")
	static class OrderLine {
		@Id
		Long id;
		@ForeignKey(relatedName = "lines")
		Ref<Item> item = Ref.none();
	}

	@DatabaseTest
	void aModelCreatedInALaterCallGetsNamesDistinctFromTheTablesBefore(TestDatabase db) {
		SchemaManager schema = db.relations().schema();
		schema.dropTables(OrderLine.class, Order.class, Item.class);
		schema.createTables(Item.class, Order.class);
		schema.createTables(OrderLine.class);

		assertThat(db.rows("ncn_order_line")).isZero();
		// The foreign key exists (on MariaDB it was the statement that failed).
		OrderLine dangling = new OrderLine();
		dangling.item = Ref.id(999_999L);
		assertThatThrownBy(() -> db.relations().repository(OrderLine.class).save(dangling))
			.isInstanceOf(DataIntegrityViolationException.class);
	}

	@DatabaseTest
	void aTableGetsTheSameNamesAloneAsWithEveryOtherTable(TestDatabase db) {
		SchemaManager schema = db.relations().schema();
		List<ModelMeta<?>> all = List.of(db.relations().meta(Item.class), db.relations().meta(Order.class),
				db.relations().meta(OrderLine.class));
		List<String> together = schema.createStatements(all);
		assertThat(together).containsAll(schema.createStatements(List.of(db.relations().meta(OrderLine.class))))
			.containsAll(schema.createStatements(List.of(db.relations().meta(Order.class))));
	}
}
