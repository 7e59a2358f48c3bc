package io.covet.relations.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.covet.relations.deletion.RandomGraphModels.A;
import io.covet.relations.deletion.RandomGraphModels.B;
import io.covet.relations.deletion.RandomGraphModels.C;
import io.covet.relations.deletion.RandomGraphModels.D;
import io.covet.relations.deletion.RandomGraphModels.E;
import io.covet.relations.deletion.RandomGraphModels.F;
import io.covet.relations.deletion.RandomGraphModels.G;
import io.covet.relations.deletion.RandomGraphModels.H;
import io.covet.relations.deletion.RandomGraphModels.Node;
import io.covet.relations.deletion.RandomGraphModels.T;
import org.springframework.dao.DataIntegrityViolationException;

import io.covet.relations.exception.ProtectedError;
import io.covet.relations.exception.RestrictedError;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.query.QuerySet;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Seeded random data over a schema using every on_delete behaviour and a cycle; after each random delete: the
 * reported counts equal {@code explain}, every table lost exactly that many rows, and no row references a missing
 * row. A refused delete (PROTECT/RESTRICT) leaves every table as it was. {@code COVET_DELETION_SEEDS} raises the
 * seed count (default 200 per database).
 */
@Models({ A.class, T.class, B.class, C.class, D.class, E.class, F.class, Node.class, G.class, H.class })
class RandomizedDeletionTests {

	private static final int SEEDS = Integer.parseInt(System.getenv().getOrDefault("COVET_DELETION_SEEDS", "200"));

	@DatabaseTest
	void randomDeletesKeepEveryReferenceValid(TestDatabase db) {
		int refused = 0;
		int refusedByTheDatabase = 0;
		for (int seed = 1; seed <= SEEDS; seed++) {
			db.truncateAll();
			Random random = new Random(seed);
			List<A> as = populate(db, random);
			Map<String, Long> before = counts(db);
			List<Object> doomed = new ArrayList<>();
			for (A a : as) {
				if (random.nextInt(3) == 0) {
					doomed.add(a.id);
				}
			}
			QuerySet<A> target = db.<A, Long>repo(A.class).filter("pk__in", doomed);
			DeletionPlan plan;
			try {
				plan = target.explainDelete();
			}
			catch (ProtectedError | RestrictedError refusedByPlan) {
				try {
					target.delete();
				}
				catch (ProtectedError | RestrictedError expected) {
					// same verdict as explain
				}
				assertThat(counts(db)).as("seed %d: a refused delete changes nothing", seed).isEqualTo(before);
				refused++;
				continue;
			}
			DeleteResult result;
			try {
				result = target.delete();
			}
			catch (DataIntegrityViolationException refusedByDatabase) {
				// DO_NOTHING left a reference the database's constraint refuses: everything rolls back.
				assertThat(counts(db)).as("seed %d: a delete the database refuses changes nothing", seed).isEqualTo(before);
				refusedByTheDatabase++;
				continue;
			}
			assertThat(result.perModel()).as("seed %d: delete reports what explain planned", seed).isEqualTo(plan.deletes());
			Map<String, Long> after = counts(db);
			for (Map.Entry<String, Long> entry : before.entrySet()) {
				long removed = entry.getValue() - after.get(entry.getKey());
				assertThat(removed).as("seed %d: rows removed from %s", seed, entry.getKey())
					.isEqualTo(plan.deletes().getOrDefault(entry.getKey(), 0L));
			}
			assertNoDanglingReferences(db, seed);
			assertThat(db.repo(F.class).filter("a__in", doomed).count()).as("seed %d: SET re-pointed", seed).isZero();
		}
		assertThat(refused).as("some seeds must hit PROTECT or RESTRICT").isPositive().isLessThan(SEEDS);
		assertThat(refusedByTheDatabase).as("some seeds must hit DO_NOTHING").isPositive();
	}

	private static List<A> populate(TestDatabase db, Random random) {
		List<A> as = db.<A, Long>repo(A.class).bulkCreate(repeat(4 + random.nextInt(4), A::new));
		List<T> tags = db.<T, Long>repo(T.class).bulkCreate(repeat(3, T::new));
		for (A a : as) {
			for (T tag : tags) {
				if (random.nextBoolean()) {
					a.tags.add(tag);
				}
			}
		}
		List<B> bs = db.<B, Long>repo(B.class).bulkCreate(repeat(6 + random.nextInt(6), () -> {
			B b = new B();
			b.a = Ref.to(pick(as, random));
			return b;
		}));
		List<C> cs = db.<C, Long>repo(C.class).bulkCreate(repeat(6 + random.nextInt(6), () -> {
			C c = new C();
			c.b = random.nextInt(4) == 0 ? Ref.none() : Ref.to(pick(bs, random));
			c.a = random.nextBoolean() ? Ref.to(pick(as, random)) : Ref.none();
			return c;
		}));
		db.<D, Long>repo(D.class).bulkCreate(repeat(random.nextInt(3), () -> {
			D d = new D();
			d.c = Ref.to(pick(cs, random));
			d.b = random.nextBoolean() ? Ref.to(pick(bs, random)) : Ref.none();
			return d;
		}));
		db.<E, Long>repo(E.class).bulkCreate(repeat(random.nextInt(4), () -> {
			E e = new E();
			e.b = Ref.to(pick(bs, random));
			e.a = Ref.to(pick(as, random));
			return e;
		}));
		A sentinel = new A();
		sentinel.id = 999_999L;
		db.repo(A.class).save(sentinel);
		db.<F, Long>repo(F.class).bulkCreate(repeat(2 + random.nextInt(3), () -> {
			F f = new F();
			f.a = Ref.to(pick(as, random));
			f.b = random.nextInt(4) == 0 ? Ref.to(pick(bs, random)) : Ref.none();
			return f;
		}));
		List<Node> nodes = new ArrayList<>();
		for (int i = 0; i < 8 + random.nextInt(8); i++) {
			Node node = new Node();
			node.parent = nodes.isEmpty() || random.nextInt(4) == 0 ? Ref.none() : Ref.to(pick(nodes, random));
			node.a = random.nextBoolean() ? Ref.to(pick(as, random)) : Ref.none();
			nodes.add(db.<Node, Long>repo(Node.class).save(node));
		}
		List<G> gs = db.<G, Long>repo(G.class).bulkCreate(repeat(3 + random.nextInt(3), () -> {
			G g = new G();
			g.a = random.nextBoolean() ? Ref.to(pick(as, random)) : Ref.none();
			return g;
		}));
		List<H> hs = db.<H, Long>repo(H.class).bulkCreate(repeat(3 + random.nextInt(3), () -> {
			H h = new H();
			h.g = Ref.to(pick(gs, random));
			return h;
		}));
		for (G g : gs) {
			if (random.nextBoolean()) {
				g.h = Ref.to(pick(hs, random));
				db.repo(G.class).save(g);
			}
		}
		return as;
	}

	private static Map<String, Long> counts(TestDatabase db) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ModelMeta<?> model : db.relations().registry().models()) {
			counts.put(model.name(), db.jdbc()
				.queryForObject("SELECT COUNT(*) FROM " + db.dialect().quote(model.table()), Long.class));
		}
		return counts;
	}

	private static void assertNoDanglingReferences(TestDatabase db, int seed) {
		for (ModelMeta<?> model : db.relations().registry().models()) {
			for (ForeignKeyRelation key : model.forwardRelations()) {
				String sql = "SELECT COUNT(*) FROM " + db.dialect().quote(model.table()) + " c WHERE c."
						+ db.dialect().quote(key.column().column()) + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
						+ db.dialect().quote(key.target().table()) + " p WHERE p."
						+ db.dialect().quote(key.targetField().column()) + " = c." + db.dialect().quote(key.column().column())
						+ ")";
				assertThat(db.jdbc().queryForObject(sql, Long.class)).as("seed %d: dangling %s", seed, key.describe())
					.isZero();
			}
		}
	}

	private static <X> X pick(List<X> items, Random random) {
		return items.get(random.nextInt(items.size()));
	}

	private static <X> List<X> repeat(int count, java.util.function.Supplier<X> factory) {
		List<X> items = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			items.add(factory.get());
		}
		return items;
	}
}
