package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.query.QuerySet;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedObject;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A reverse one-to-one may be missing, so queries join it with a LEFT JOIN, also from a multi-table child. Before
 * (found by a probing helper), the child's key being a required foreign key (its parent link) made the join an INNER
 * JOIN: selectRelated, filters, exclude, ordering and values dropped the children without the related row.
 */
@Models({ JoinedChildReverseOneToOneTests.Site.class, JoinedChildReverseOneToOneTests.Shop.class,
		JoinedChildReverseOneToOneTests.Kiosk.class, JoinedChildReverseOneToOneTests.Permit.class })
class JoinedChildReverseOneToOneTests {

	@Model(table = "jro_site")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Site {
		@Id
		Long id;
		String name;
	}

	@Model(table = "jro_shop")
	static class Shop extends Site {
		int floor;
		RelatedObject<Permit> permit = RelatedObject.unbound();
		RelatedObject<Kiosk> kiosk = RelatedObject.unbound();
	}

	/** A grandchild: the reverse side of its parent link is a reverse one-to-one of the shop. */
	@Model(table = "jro_kiosk")
	static class Kiosk extends Shop {
		int size;
	}

	@Model(table = "jro_permit")
	static class Permit {
		@Id
		Long id;
		String number;
		@OneToOne(relatedName = "permit")
		Ref<Shop> shop = Ref.none();
	}

	private static QuerySet<Shop> seed(TestDatabase db) {
		Shop with = new Shop();
		with.name = "with";
		Shop without = new Shop();
		without.name = "without";
		db.relations().repository(Shop.class).saveAll(List.of(with, without));
		Permit permit = new Permit();
		permit.number = "P-1";
		permit.shop = Ref.to(with);
		db.relations().repository(Permit.class).save(permit);
		return db.relations().objects(Shop.class);
	}

	@DatabaseTest
	void aChildWithoutTheRelatedRowStaysInEveryQuery(TestDatabase db) {
		QuerySet<Shop> shops = seed(db);

		assertThat(shops.selectRelated("permit").orderBy("name").list()).extracting(s -> s.name).containsExactly("with",
				"without");
		assertThat(shops.filter("permit__isnull", true).list()).extracting(s -> s.name).containsExactly("without");
		assertThat(shops.filter("permit", null).count()).isEqualTo(1);
		assertThat(shops.exclude("permit__number", "P-1").list()).extracting(s -> s.name).containsExactly("without");
		assertThat(shops.orderBy("permit__number", "name").list()).hasSize(2);
		assertThat(shops.orderBy("name").values("name", "permit__number")).hasSize(2);
		assertThat(shops.selectRelated("kiosk").list()).hasSize(2);
		assertThat(shops.filter("kiosk__isnull", true).count()).isEqualTo(2);
	}

	@DatabaseTest
	void updatesAndDeletesFindTheChildrenWithoutTheRelatedRow(TestDatabase db) {
		QuerySet<Shop> shops = seed(db);

		assertThat(shops.filter("permit__isnull", true).update("floor", 3)).isEqualTo(1);
		assertThat(shops.filter("floor", 3).list()).extracting(s -> s.name).containsExactly("without");
		assertThat(shops.filter("permit__isnull", true).delete().total()).isPositive();
		assertThat(shops.list()).extracting(s -> s.name).containsExactly("with");
	}
}
