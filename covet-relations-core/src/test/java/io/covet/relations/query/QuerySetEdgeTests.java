package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Query-set edges a probing helper found broken, each test failing before its fix: {@code first()} and
 * {@code last()} on a slice, an empty {@link Q}, a {@code Ref} to an object on a {@code toField} key,
 * {@code iexact} with {@code null}, {@code pk} in {@code getOrCreate}.
 */
@Models({ QuerySetEdgeTests.Shop.class, QuerySetEdgeTests.Sale.class, QuerySetEdgeTests.Item.class })
class QuerySetEdgeTests {

	@Model(table = "qse_shop")
	static class Shop {
		@Id
		Long id;
		String name;
		@Column(unique = true)
		Long number;
		RelatedManager<Sale> sales = RelatedManager.unbound();
	}

	/** Keyed to a shop by its number, not its id. */
	@Model(table = "qse_sale")
	static class Sale {
		@Id
		Long id;
		@ForeignKey(relatedName = "sales", toField = "number")
		Ref<Shop> shop = Ref.none();
		@ManyToMany(table = "qse_sale_item", relatedName = "sales")
		ManyRelatedManager<Item> items = ManyRelatedManager.unbound();
	}

	@Model(table = "qse_item")
	static class Item {
		@Id
		Long id;
		String name;
	}

	private static Shop shop(TestDatabase db, String name, long number) {
		Shop shop = new Shop();
		shop.name = name;
		shop.number = number;
		db.relations().repository(Shop.class).save(shop);
		return shop;
	}

	private static QuerySet<Shop> shops(TestDatabase db) {
		return db.relations().objects(Shop.class);
	}

	/** Before, limit(0).first() returned the first row, and last() of a slice a row outside it. */
	@DatabaseTest
	void firstStaysInsideTheSliceAndLastRefusesOne(TestDatabase db) {
		for (String name : List.of("A", "B", "C", "D")) {
			shop(db, name, name.charAt(0));
		}
		assertThat(shops(db).orderBy("name").limit(0).first()).isEmpty();
		assertThat(shops(db).orderBy("name").offset(2).first()).get().extracting(s -> s.name).isEqualTo("C");
		assertThat(shops(db).orderBy("name").limit(3).first()).get().extracting(s -> s.name).isEqualTo("A");
		assertThat(shops(db).orderBy("name").last()).get().extracting(s -> s.name).isEqualTo("D");
		assertThatThrownBy(() -> shops(db).orderBy("name").limit(2).last()).isInstanceOf(InvalidQueryException.class)
			.hasMessageContaining("sliced");
	}

	/** Before, an empty OR was invalid SQL ("WHERE ((()))") and an empty exclude removed every row. */
	@DatabaseTest
	void anEmptyConditionIsNoCondition(TestDatabase db) {
		shop(db, "A", 1);
		shop(db, "B", 2);
		assertThat(shops(db).filter(Q.anyOf(List.of())).count()).isEqualTo(2);
		assertThat(shops(db).filter(Q.allOf(List.of())).count()).isEqualTo(2);
		assertThat(shops(db).exclude(Q.allOf(List.of())).count()).isEqualTo(2);
		assertThat(shops(db).filter(Q.anyOf(List.of(Q.allOf(List.of()), Q.of("name", "A")))).count()).isEqualTo(1);
		assertThat(shops(db).exclude(Q.anyOf(List.of(Q.allOf(List.of()), Q.of("name", "A")))).count()).isEqualTo(1);
	}

	/**
	 * A reference to an object stands for the column the key points at. Before, {@code Ref.to(shop)} stood for the
	 * shop's id, so a filter by it matched the sales of the shop whose number equals that id.
	 */
	@DatabaseTest
	void aReferenceOnAToFieldKeyFiltersByThatField(TestDatabase db) {
		Shop first = shop(db, "first", 2);
		Shop second = shop(db, "second", 1);
		Sale sale = new Sale();
		sale.shop = Ref.to(first);
		db.relations().repository(Sale.class).save(sale);

		// After the save the reference holds what the column holds (it answered the shop's id before).
		assertThat(sale.shop.id()).isEqualTo(2L);
		var sales = db.relations().objects(Sale.class);
		assertThat(sales.filter("shop", sale.shop).count()).isEqualTo(1);
		assertThat(sales.filter("shop", first).count()).isEqualTo(1);
		assertThat(sales.filter("shop", Ref.to(first)).count()).isEqualTo(1);
		assertThat(sales.filter("shop", Ref.to(second)).count()).isZero();
		assertThat(sales.filter("shop", sales.selectRelated("shop").get().shop).count()).isEqualTo(1);
		assertThat(sales.filter("shop__in", List.of(Ref.to(first), Ref.to(second))).count()).isEqualTo(1);
	}

	/**
	 * {@code isnull=true} across two multi-valued steps matches a shop with a sale that has no items, as Django's outer
	 * joins do. Before, only shops without any sale-to-item path matched: a shop whose one sale had items and whose
	 * other had none did not.
	 */
	@DatabaseTest
	void isNullAcrossTwoMultiValuedStepsFollowsEveryPath(TestDatabase db) {
		Shop mixed = shop(db, "mixed", 1);
		Shop full = shop(db, "full", 2);
		shop(db, "empty", 3);
		Item pen = new Item();
		pen.name = "pen";
		db.relations().repository(Item.class).save(pen);
		for (Shop owner : List.of(mixed, mixed, full)) {
			Sale sale = new Sale();
			sale.shop = Ref.to(owner);
			db.relations().repository(Sale.class).save(sale);
			if (owner != mixed || db.relations().objects(Sale.class).filter("shop", owner).count() == 1) {
				sale.items.add(pen);
			}
		}
		assertThat(shops(db).filter("sales__items__isnull", true).orderBy("name").list()).extracting(s -> s.name)
			.containsExactly("empty", "mixed");
		assertThat(shops(db).exclude("sales__items__isnull", true).list()).extracting(s -> s.name).containsExactly("full");
		assertThat(shops(db).filter("sales__items", null).orderBy("name").list()).extracting(s -> s.name)
			.containsExactly("empty", "mixed");
		assertThat(shops(db).filter("sales__isnull", true).list()).extracting(s -> s.name).containsExactly("empty");
	}

	/** Before, iexact with null raised InvalidValueException; Django reads it as isnull. */
	@DatabaseTest
	void iexactWithNullIsIsNull(TestDatabase db) {
		shop(db, null, 1);
		shop(db, "named", 2);
		assertThat(shops(db).filter("name__iexact", null).count()).isEqualTo(1);
	}

	/** Before (found by a probing helper), the create path refused "pk" ("Cannot resolve 'pk'"), which lookups accept. */
	@DatabaseTest
	void getOrCreateByPkCreatesWithThatKey(TestDatabase db) {
		assertThat(shops(db).getOrCreate(java.util.Map.of("pk", 7_000L), java.util.Map.of("name", "Seven")).created())
			.isTrue();
		assertThat(shops(db).get("pk", 7_000L).name).isEqualTo("Seven");
		assertThat(shops(db).getOrCreate(java.util.Map.of("pk", 7_000L), java.util.Map.of("name", "Other")).created())
			.isFalse();
	}
}
