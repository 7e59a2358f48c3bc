package io.covet.relations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * A foreign key whose {@code toField} is a unique {@code BigDecimal} column. Before (a review), the key column was
 * NUMERIC(38, 10) whatever the target declared: on PostgreSQL it read {@code 1.5000000000} back where the target read
 * {@code 1.50}, so prefetches matched nothing; a target scale above 10 rounded the key, and saving a child failed on
 * the foreign key; MariaDB refused the foreign key between the two decimal types. The column now takes the target's
 * digits, and keys match by value, as the database compares them: an owner holding {@code 1.5} owns the rows holding
 * {@code 1.50}.
 */
@Models({ DecimalKeyTests.Price.class, DecimalKeyTests.Offer.class, DecimalKeyTests.Rate.class,
		DecimalKeyTests.Quote.class })
class DecimalKeyTests {

	@Model(table = "dk_price")
	static class Price {
		@Id
		Long id;
		@Column(unique = true, precision = 10, scale = 2)
		BigDecimal amount;
		RelatedManager<Offer> offers = RelatedManager.unbound();
	}

	@Model(table = "dk_offer")
	static class Offer {
		@Id
		Long id;
		String name;
		@ForeignKey(relatedName = "offers", toField = "amount", nullable = true)
		Ref<Price> price = Ref.none();
	}

	@Model(table = "dk_rate")
	static class Rate {
		@Id
		Long id;
		@Column(unique = true, precision = 14, scale = 12)
		BigDecimal value;
	}

	@Model(table = "dk_quote")
	static class Quote {
		@Id
		Long id;
		@ForeignKey(relatedName = "+", toField = "value")
		Ref<Rate> rate = Ref.none();
	}

	@DatabaseTest
	void keyColumnsTakeTheDigitsOfTheColumnTheyReference(TestDatabase db) {
		List<String> ddl = db.relations()
			.schema()
			.createStatements(List.of(db.relations().meta(Offer.class), db.relations().meta(Quote.class)));
		if (!db.is(TestTarget.SQLITE)) {
			assertThat(String.join(" ", ddl)).contains("(10, 2)").contains("(14, 12)").doesNotContain("(38, 10)");
		}

		Rate rate = new Rate();
		rate.value = new BigDecimal("1.123456789012");
		db.relations().repository(Rate.class).save(rate);
		Quote quote = new Quote();
		quote.rate = Ref.to(rate);
		db.relations().repository(Quote.class).save(quote);

		assertThat(db.relations().objects(Quote.class).prefetchRelated("rate").get().rate.get().id).isEqualTo(rate.id);
	}

	@DatabaseTest
	void decimalKeysMatchByValue(TestDatabase db) {
		Price price = new Price();
		price.amount = new BigDecimal("1.5");
		db.relations().repository(Price.class).save(price);
		for (String name : List.of("a", "b")) {
			Offer offer = new Offer();
			offer.name = name;
			offer.price = Ref.to(price);
			db.relations().repository(Offer.class).save(offer);
		}

		List<Offer> offers = db.relations().objects(Offer.class).orderBy("name").prefetchRelated("price").list();
		assertThat(offers).allSatisfy(offer -> assertThat(offer.price.get()).isNotNull());
		assertThat(offers.get(0).price.get()).isSameAs(offers.get(1).price.get());
		Price read = db.relations().objects(Price.class).prefetchRelated("offers").get();
		assertThat(read.offers.all()).extracting(offer -> offer.name).containsExactlyInAnyOrder("a", "b");

		// The owner as saved holds 1.5; the rows hold the key as the column keeps it (1.50 on PostgreSQL and MariaDB).
		price.offers.remove(db.relations().objects(Offer.class).get("name", "a"));
		assertThat(db.relations().objects(Offer.class).get("name", "a").price.isNull()).isTrue();
		assertThat(price.offers.count()).isEqualTo(1);
	}
}
