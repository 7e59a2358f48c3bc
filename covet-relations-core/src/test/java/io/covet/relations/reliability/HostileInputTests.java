package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.relation.Ref;
import io.covet.relations.reliability.HostileModels.Line;
import io.covet.relations.reliability.HostileModels.Order;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Hostile identifiers are quoted and round-trip; hostile field names and lookups from callers are rejected before any
 * SQL is built, so no caller text ever reaches a statement.
 */
@Models({ Order.class, Line.class })
class HostileInputTests {

	@DatabaseTest
	void identifiersWithQuotesSemicolonsReservedWordsAndUnicodeRoundTrip(TestDatabase db) {
		CovetRepository<Order, Long> orders = db.repo(Order.class);
		Order order = new Order();
		order.name = "it's \"quoted\" -- ; DROP TABLE order";
		order.label = "naïve";
		orders.save(order);
		Line line = new Line();
		line.order = Ref.to(order);
		line.group = "g";
		db.repo(Line.class).save(line);

		Order loaded = orders.objects().prefetchRelated("lines").get("name", order.name);
		assertThat(loaded.label).isEqualTo("naïve");
		assertThat(loaded.lines.all()).extracting(l -> l.group).containsExactly("g");
		assertThat(db.repo(Line.class).filter("order__label__startswith", "na").count()).isEqualTo(1);
		assertThat(db.<Line, Long>repo(Line.class).objects().selectRelated("order").first().orElseThrow().order.get().name)
			.isEqualTo(order.name);
		assertThat(orders.filter("lines__group", "g").delete().total()).isEqualTo(2);
	}

	@DatabaseTest
	void fuzzedFieldNamesAndLookupsNeverReachSql(TestDatabase db) {
		CovetRepository<Order, Long> orders = db.repo(Order.class);
		db.queries().reset();
		String[] payloads = { "id;DROP TABLE x", "name' OR '1'='1", "name\"--", "lines__group;--", "`select`",
				"name__icontains__", "__name", "name__", "pk) OR (1=1", "label/*", "lines____group", "name__regex",
				"\u0000", "naïve café", "ORDER BY 1", "lines__order__name__in ", "select" };
		Random random = new Random(42);
		int rejected = 0;
		for (int i = 0; i < 10_000; i++) {
			String field = (i < payloads.length) ? payloads[i] : fuzz(random);
			try {
				orders.filter(field, "x");
			}
			catch (InvalidQueryException expected) {
				rejected++;
			}
			try {
				orders.objects().orderBy(field);
			}
			catch (InvalidQueryException expected) {
				rejected++;
			}
		}
		assertThat(rejected).isGreaterThan(19_000);
		assertThat(db.queries().total()).isZero();
		assertThat(orders.count()).isZero();
	}

	private static String fuzz(Random random) {
		String alphabet = "abcdefghijklmnopqrstuvwxyz_;'\"`-()*/ =\\%";
		String[] known = { "name", "label", "lines", "group", "order", "pk", "id", "select", "contains", "in" };
		StringBuilder field = new StringBuilder();
		int parts = 1 + random.nextInt(3);
		for (int p = 0; p < parts; p++) {
			if (p > 0) {
				field.append("__");
			}
			if (random.nextBoolean()) {
				field.append(known[random.nextInt(known.length)]);
			}
			for (int c = random.nextInt(4); c > 0; c--) {
				field.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
		}
		return field.toString();
	}

	@DatabaseTest
	void valuesAreAlwaysParameters(TestDatabase db) {
		CovetRepository<Order, Long> orders = db.repo(Order.class);
		Order order = new Order();
		order.name = "x";
		orders.save(order);
		String payload = "x' OR '1'='1";
		assertThat(orders.filter("name", payload).count()).isZero();
		assertThat(orders.filter("name__contains", "' OR 1=1 --").count()).isZero();
		assertThat(orders.filter("name__in", List.of(payload, "x")).count()).isEqualTo(1);
		assertThatThrownBy(() -> orders.filter("lines__group", "g").orderBy("name; DROP")).isInstanceOf(InvalidQueryException.class);
	}
}
