package io.covet.relations.m2m;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.query.Prefetch;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.TestDatabase;

/**
 * A through model whose key points at a binary column ({@code toField} on a unique {@code byte[]}). Found by a
 * probing helper after the link rows began to be sorted by key: adding two objects at once threw a
 * ClassCastException ({@code byte[]} is not Comparable). Later (a review): keys read from rows are new arrays, equal
 * only to themselves, so {@code set} deleted and inserted again every link it kept (losing the through model's
 * columns), and prefetches from the binary side, or links first, matched nothing. MariaDB cannot reference a BLOB
 * column with a foreign key at all, so the tests run on SQLite and PostgreSQL.
 */
class BinaryLinkKeyTests {

	@Model(table = "blk_blob")
	static class Blob {
		@Id
		Long id;
		@Column(unique = true, length = 16)
		byte[] hash;
		ManyRelatedManager<Holder> holders = ManyRelatedManager.unbound();
	}

	@Model(table = "blk_holder")
	static class Holder {
		@Id
		Long id;
		@ManyToMany(relatedName = "holders", through = Hold.class)
		ManyRelatedManager<Blob> blobs = ManyRelatedManager.unbound();
	}

	@Model(table = "blk_hold")
	static class Hold {
		@Id
		Long id;
		@ForeignKey(relatedName = "+")
		Ref<Holder> holder = Ref.none();
		@ForeignKey(relatedName = "+", toField = "hash")
		Ref<Blob> blob = Ref.none();
		String note;
	}

	@DatabaseTest
	void severalObjectsAreAddedAtOnce(TestDatabase db) {
		if (db.is(io.covet.relations.testing.TestTarget.MARIADB)) {
			return;
		}
		CovetRelations relations = db.build(builder -> builder.models(Blob.class, Holder.class, Hold.class));
		relations.schema().createTables(Blob.class, Holder.class, Hold.class);
		try {
			addBoth(relations);
		}
		finally {
			relations.schema().dropTables(Hold.class, Holder.class, Blob.class);
		}
	}

	@DatabaseTest
	void setKeepsTheLinksItKeepsAndPrefetchesMatchBinaryKeys(TestDatabase db) {
		if (db.is(io.covet.relations.testing.TestTarget.MARIADB)) {
			return;
		}
		CovetRelations relations = db.build(builder -> builder.models(Blob.class, Holder.class, Hold.class));
		relations.schema().createTables(Blob.class, Holder.class, Hold.class);
		try {
			setAndPrefetch(relations);
		}
		finally {
			relations.schema().dropTables(Hold.class, Holder.class, Blob.class);
		}
	}

	private static void setAndPrefetch(CovetRelations relations) {
		Blob a = new Blob();
		a.hash = new byte[] { 3, 4 };
		Blob b = new Blob();
		b.hash = new byte[] { 1, 2 };
		relations.repository(Blob.class).saveAll(List.of(a, b));
		Holder holder = new Holder();
		relations.repository(Holder.class).save(holder);
		holder.blobs.add(List.of(a), Map.of("note", "keep"));
		Long keptId = relations.objects(Hold.class).get().id;

		// The key of a as a copy of its bytes: the same key.
		holder.blobs.set(List.of(new byte[] { 3, 4 }, b), false, Map.of("note", "new"));

		assertThat(relations.objects(Hold.class).count()).isEqualTo(2);
		Hold kept = relations.objects(Hold.class).get("note", "keep");
		assertThat(kept.id).isEqualTo(keptId);

		List<Blob> blobs = relations.objects(Blob.class).orderBy("id").prefetchRelated("holders").list();
		assertThat(blobs).allSatisfy(
				blob -> assertThat(blob.holders.all()).extracting(one -> one.id).containsExactly(holder.id));
		Holder linksFirst = relations.objects(Holder.class).prefetchRelated(new Prefetch("blobs").withLinksFirst()).get();
		assertThat(linksFirst.blobs.all()).extracting(blob -> blob.id).containsExactlyInAnyOrder(a.id, b.id);

		holder.blobs.remove(new byte[] { 1, 2 });
		assertThat(holder.blobs.all()).extracting(blob -> blob.id).containsExactly(a.id);
	}

	private static void addBoth(CovetRelations relations) {
		Blob a = new Blob();
		a.hash = new byte[] { 3, 4 };
		Blob b = new Blob();
		b.hash = new byte[] { 1, 2 };
		relations.repository(Blob.class).saveAll(List.of(a, b));
		Holder holder = new Holder();
		relations.repository(Holder.class).save(holder);

		holder.blobs.add(a, b);

		assertThat(holder.blobs.count()).isEqualTo(2);
	}
}
