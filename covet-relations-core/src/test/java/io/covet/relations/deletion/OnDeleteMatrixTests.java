package io.covet.relations.deletion;

import static io.covet.relations.deletion.OnDeleteMatrixModels.KEPT;
import static io.covet.relations.deletion.OnDeleteMatrixModels.SPARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;

import io.covet.relations.annotation.OnDelete;
import io.covet.relations.deletion.OnDeleteMatrixModels.Bottom;
import io.covet.relations.deletion.OnDeleteMatrixModels.Left;
import io.covet.relations.deletion.OnDeleteMatrixModels.NullableRef;
import io.covet.relations.deletion.OnDeleteMatrixModels.OneRef;
import io.covet.relations.deletion.OnDeleteMatrixModels.Place;
import io.covet.relations.deletion.OnDeleteMatrixModels.PlaceRef;
import io.covet.relations.deletion.OnDeleteMatrixModels.Post;
import io.covet.relations.deletion.OnDeleteMatrixModels.Remark;
import io.covet.relations.deletion.OnDeleteMatrixModels.RemarkRef;
import io.covet.relations.deletion.OnDeleteMatrixModels.RequiredOneToOneSetNull;
import io.covet.relations.deletion.OnDeleteMatrixModels.RequiredRef;
import io.covet.relations.deletion.OnDeleteMatrixModels.RequiredSetNull;
import io.covet.relations.deletion.OnDeleteMatrixModels.Restaurant;
import io.covet.relations.deletion.OnDeleteMatrixModels.RestaurantRef;
import io.covet.relations.deletion.OnDeleteMatrixModels.Right;
import io.covet.relations.deletion.OnDeleteMatrixModels.Shop;
import io.covet.relations.deletion.OnDeleteMatrixModels.SelfNode;
import io.covet.relations.deletion.OnDeleteMatrixModels.Tagging;
import io.covet.relations.deletion.OnDeleteMatrixModels.Target;
import io.covet.relations.deletion.OnDeleteMatrixModels.Top;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.ProtectedError;
import io.covet.relations.exception.RestrictedError;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Every {@code onDelete} behaviour against every shape of relation ({@link Shape}): one test per behaviour runs it
 * on each shape. Each case deletes one row (or, for a one-to-one, the one target of one referencing row) and asserts
 * every row of every table, the per-model counts, that {@code explain} planned exactly that, the typed refusal with an
 * unchanged database, and the exact number of statements ({@link #STATEMENTS}, the same on every database, and the
 * same for {@value #FEW} and {@value #MANY} referencing rows where a shape has many).
 *
 * <p>A generic relation has no {@code onDelete} of its own: like Django's {@code GenericRelation}, deleting the object
 * always deletes the rows whose generic key points at it (its column of the matrix is CASCADE in every case). The
 * generic column therefore applies each behaviour to a foreign key to the generically related row, which the
 * generic cascade reaches. Django's RESTRICT paths: indirect and direct are the Artist/Album/Song cases of
 * {@link DeletionCollectorTests}; the diamond and the path through a generic relation are here.
 */
@Models({ Target.class, RequiredRef.class, NullableRef.class, OneRef.class, SelfNode.class, Place.class,
		Restaurant.class, Shop.class, PlaceRef.class, RestaurantRef.class, Post.class, Remark.class, RemarkRef.class, Top.class,
		Left.class, Right.class, Bottom.class, Tagging.class })
class OnDeleteMatrixTests {

	/** A surviving row of the referenced model that a bystander references through the relation under test. */
	private static final long OTHER = 1_000_002L;

	private static final int FEW = 10;

	private static final int MANY = 1_000;

	/** How a delete reaches the relation whose behaviour is under test. */
	enum Shape {

		/** {@code RequiredRef -> Target}, NOT NULL (no SET_NULL: refused at startup). */
		REQUIRED_FK(Target.class, Target.class, RequiredRef.class),

		/** {@code NullableRef -> Target}. */
		NULLABLE_FK(Target.class, Target.class, NullableRef.class),

		/** {@code OneRef -> Target}, unique: one referencing row per target. */
		ONE_TO_ONE(Target.class, Target.class, OneRef.class),

		/** {@code SelfNode -> SelfNode}: a node and the nodes under it. */
		SELF_REFERENCE(SelfNode.class, SelfNode.class, SelfNode.class),

		/** Deleting a restaurant (the child) takes its place row, which {@code PlaceRef} references. */
		MTI_CHILD_DELETED(Restaurant.class, Place.class, PlaceRef.class),

		/** Deleting a place (the parent row) takes its restaurant row, which {@code RestaurantRef} references. */
		MTI_PARENT_DELETED(Place.class, Restaurant.class, RestaurantRef.class),

		/** Deleting a post deletes its remark through the generic relation; {@code RemarkRef} references the remark. */
		GENERIC_RELATION(Post.class, Remark.class, RemarkRef.class);

		final Class<?> deleted;

		final Class<?> referenced;

		final Class<?> referencing;

		Shape(Class<?> deleted, Class<?> referenced, Class<?> referencing) {
			this.deleted = deleted;
			this.referenced = referenced;
			this.referencing = referencing;
		}

		boolean hasMany() {
			return this != ONE_TO_ONE;
		}
	}

	/**
	 * Statements of one delete per shape and behaviour (pinned; the same on all three databases). They follow the
	 * model graph: a SELECT FOR UPDATE of the deleted rows, one SELECT per reverse relation of every model reached
	 * (seven per referencing model here), then the UPDATEs and DELETEs. Refusals stop after the reads.
	 */
	private static final Map<Shape, Map<OnDelete, Integer>> STATEMENTS = new EnumMap<>(Shape.class);

	static {
		// CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, SET, DO_NOTHING
		pin(Shape.REQUIRED_FK, 21, 19, 19, null, 21, 21, 20);
		pin(Shape.NULLABLE_FK, 21, 19, 19, 21, 21, 21, 20);
		pin(Shape.ONE_TO_ONE, 21, 19, 19, 21, 21, 21, 20);
		pin(Shape.SELF_REFERENCE, 22, 7, 7, 16, 16, 16, 15);
		pin(Shape.MTI_CHILD_DELETED, 18, 15, 15, 18, 18, 18, 17);
		pin(Shape.MTI_PARENT_DELETED, 18, 15, 15, 18, 18, 18, 16);
		pin(Shape.GENERIC_RELATION, 11, 8, 8, 11, 11, 11, 10);
	}

	private static void pin(Shape shape, Integer... perBehaviour) {
		Map<OnDelete, Integer> counts = new EnumMap<>(OnDelete.class);
		for (OnDelete behaviour : OnDelete.values()) {
			if (perBehaviour[behaviour.ordinal()] != null) {
				counts.put(behaviour, perBehaviour[behaviour.ordinal()]);
			}
		}
		STATEMENTS.put(shape, counts);
	}

	@Test
	void setNullOnARequiredKeyIsRefusedAtStartup() {
		assertThatThrownBy(() -> ModelRegistry.of(Target.class, RequiredSetNull.class))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining(RequiredSetNull.class.getName() + ".target")
			.hasMessageContaining("SET_NULL needs a nullable foreign key");
		assertThatThrownBy(() -> ModelRegistry.of(Target.class, RequiredOneToOneSetNull.class))
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining(RequiredOneToOneSetNull.class.getName() + ".target")
			.hasMessageContaining("SET_NULL needs a nullable foreign key");
	}

	@DatabaseTest
	void cascade(TestDatabase db) {
		everyShape(db, OnDelete.CASCADE);
	}

	@DatabaseTest
	void protect(TestDatabase db) {
		everyShape(db, OnDelete.PROTECT);
	}

	@DatabaseTest
	void restrict(TestDatabase db) {
		everyShape(db, OnDelete.RESTRICT);
	}

	@DatabaseTest
	void setNull(TestDatabase db) {
		everyShape(db, OnDelete.SET_NULL);
	}

	@DatabaseTest
	void setDefault(TestDatabase db) {
		everyShape(db, OnDelete.SET_DEFAULT);
	}

	@DatabaseTest
	void set(TestDatabase db) {
		everyShape(db, OnDelete.SET);
	}

	@DatabaseTest
	void doNothing(TestDatabase db) {
		everyShape(db, OnDelete.DO_NOTHING);
	}

	@DatabaseTest
	void cascadeAndSetNullRunTheSameStatementsForAThousandReferencingRows(TestDatabase db) {
		for (OnDelete behaviour : List.of(OnDelete.CASCADE, OnDelete.SET_NULL)) {
			for (Shape shape : Shape.values()) {
				if (shape.hasMany() && applies(shape, behaviour)) {
					assertThat(runCase(db, shape, behaviour, MANY)).as("%s %s with %d rows", shape, behaviour, MANY)
						.isEqualTo(runCase(db, shape, behaviour, FEW));
				}
			}
		}
	}

	@DatabaseTest
	void aCascadeToAMultiTableChildTakesItsParentRow(TestDatabase db) {
		Target owner = db.<Target, Long>repo(Target.class).save(new Target());
		Shop shop = new Shop();
		shop.owner = Ref.to(owner);
		db.repo(Shop.class).save(shop);
		db.repo(Place.class).save(new Place());
		TableRows expected = TableRows.read(db)
			.without(meta(db, Target.class), List.of(owner.id))
			.without(meta(db, Shop.class), List.of(shop.id))
			.without(meta(db, Place.class), List.of(shop.id));
		Map<String, Long> deletes = Map.of("Target", 1L, "Shop", 1L, "Place", 1L);
		DeletionCollector collector = new DeletionCollector(db.relations().context());

		assertThat(collector.explain(meta(db, Target.class), List.of(owner.id)).deletes()).isEqualTo(deletes);
		assertThat(collector.delete(meta(db, Target.class), List.of(owner.id)).perModel()).isEqualTo(deletes);
		assertThat(TableRows.read(db)).isEqualTo(expected);
	}

	private static void everyShape(TestDatabase db, OnDelete behaviour) {
		Map<Shape, Integer> counted = new LinkedHashMap<>();
		for (Shape shape : Shape.values()) {
			if (applies(shape, behaviour)) {
				counted.put(shape, runCase(db, shape, behaviour, FEW));
			}
		}
		Map<Shape, Integer> pinned = new LinkedHashMap<>();
		STATEMENTS.forEach((shape, counts) -> {
			if (counts.containsKey(behaviour)) {
				pinned.put(shape, counts.get(behaviour));
			}
		});
		assertThat(counted).as("statements per shape for %s on %s", behaviour, db).isEqualTo(pinned);
	}

	/** The one impossible combination: SET_NULL needs a nullable key ({@link #setNullOnARequiredKeyIsRefusedAtStartup}). */
	private static boolean applies(Shape shape, OnDelete behaviour) {
		return !(shape == Shape.REQUIRED_FK && behaviour == OnDelete.SET_NULL);
	}

	/** Stages one case on empty tables, checks explain, delete and every row; returns the delete's statements. */
	private static int runCase(TestDatabase db, Shape shape, OnDelete behaviour, int children) {
		db.truncateAll();
		Scene scene = Scene.stage(db, shape, behaviour, shape.hasMany() ? children : 1);
		String name = shape + " " + behaviour + " on " + db;
		TableRows before = TableRows.read(db);
		DeletionCollector collector = new DeletionCollector(db.relations().context());
		ModelMeta<?> deleted = meta(db, shape.deleted);
		ModelMeta<?> referencing = meta(db, shape.referencing);
		String relation = referencing.name() + "." + fieldName(behaviour);
		int statements;
		switch (behaviour) {
			case PROTECT, RESTRICT -> {
				Class<? extends DataIntegrityViolationException> refusal = behaviour == OnDelete.PROTECT
						? ProtectedError.class : RestrictedError.class;
				assertRefused(catchThrowable(() -> collector.explain(deleted, scene.deleteKeys)), refusal, relation,
						scene.refs, name);
				List<Throwable> thrown = new ArrayList<>();
				statements = db.queries().count(() -> thrown.add(catchThrowable(() -> collector.delete(deleted, scene.deleteKeys))));
				assertRefused(thrown.get(0), refusal, relation, scene.refs, name);
				assertThat(TableRows.read(db)).as("%s: nothing changed", name).isEqualTo(before);
			}
			case DO_NOTHING -> {
				DeletionPlan plan = collector.explain(deleted, scene.deleteKeys);
				assertThat(plan.deletes()).as("%s: planned deletes", name).isEqualTo(scene.removedCounts());
				assertThat(plan.updates()).as("%s: planned updates", name).isEmpty();
				List<Throwable> thrown = new ArrayList<>();
				statements = db.queries().count(() -> thrown.add(catchThrowable(() -> collector.delete(deleted, scene.deleteKeys))));
				assertThat(thrown.get(0)).as("%s: the database's constraint refuses", name)
					.isInstanceOf(DataIntegrityViolationException.class)
					.isNotInstanceOfAny(ProtectedError.class, RestrictedError.class);
				assertThat(TableRows.read(db)).as("%s: rolled back whole", name).isEqualTo(before);
			}
			default -> {
				Map<String, Long> deletes = scene.removedCounts();
				TableRows expected = scene.removedFrom(before);
				Map<String, Long> updates = new LinkedHashMap<>();
				if (behaviour == OnDelete.CASCADE) {
					deletes.merge(referencing.name(), (long) scene.refs.size(), Long::sum);
					expected = expected.without(referencing, scene.refs);
				}
				else {
					updates.put(relation, (long) scene.refs.size());
					Long value = behaviour == OnDelete.SET_DEFAULT ? Long.valueOf(KEPT)
							: behaviour == OnDelete.SET ? Long.valueOf(SPARE) : null;
					expected = expected.with(referencing, scene.refs, column(referencing, behaviour), value);
				}
				DeletionPlan plan = collector.explain(deleted, scene.deleteKeys);
				assertThat(plan.deletes()).as("%s: planned deletes", name).isEqualTo(deletes);
				assertThat(plan.updates()).as("%s: planned updates", name).isEqualTo(updates);
				assertThat(TableRows.read(db)).as("%s: explain changes nothing", name).isEqualTo(before);
				DeleteResult[] result = new DeleteResult[1];
				statements = db.queries().count(() -> result[0] = collector.delete(deleted, scene.deleteKeys));
				assertThat(result[0].perModel()).as("%s: deleted per model", name).isEqualTo(deletes);
				assertThat(result[0].total()).as("%s: total", name).isEqualTo(plan.total());
				assertThat(TableRows.read(db)).as("%s: every row", name).isEqualTo(expected);
			}
		}
		return statements;
	}

	private static void assertRefused(Throwable thrown, Class<? extends DataIntegrityViolationException> type,
			String relation, List<Object> refs, String name) {
		assertThat(thrown).as("%s: refused", name).isInstanceOf(type).hasMessageContaining(relation);
		Map<String, List<Object>> keys = thrown instanceof ProtectedError error ? error.getProtectedKeys()
				: ((RestrictedError) thrown).getRestrictedKeys();
		assertThat(keys).as("%s: the refusing rows", name).containsOnlyKeys(relation);
		assertThat(keys.get(relation)).as("%s: the refusing rows", name).containsExactlyInAnyOrderElementsOf(refs);
	}

	/** The relation of a referencing model that has {@code behaviour}: each is named after its behaviour. */
	static String fieldName(OnDelete behaviour) {
		return switch (behaviour) {
			case CASCADE -> "cascade";
			case PROTECT -> "protect";
			case RESTRICT -> "restrict";
			case SET_NULL -> "setNull";
			case SET_DEFAULT -> "setDefault";
			case SET -> "set";
			case DO_NOTHING -> "doNothing";
		};
	}

	private static String column(ModelMeta<?> model, OnDelete behaviour) {
		return model.field(fieldName(behaviour)).column();
	}

	private static <T> ModelMeta<T> meta(TestDatabase db, Class<T> type) {
		return db.relations().meta(type);
	}

	/**
	 * One staged case: survivors {@code KEPT}, {@code SPARE} and {@code OTHER} of the referenced model, the row to
	 * delete (and what it takes along whatever the behaviour), {@code refs} pointing at it through the relation under
	 * test, and a bystander pointing at {@code OTHER} through the same relation. Every other relation of a referencing
	 * row is NULL, or the kept row where it is required.
	 */
	private record Scene(List<Object> deleteKeys, Map<ModelMeta<?>, List<Object>> removed, List<Object> refs) {

		static Scene stage(TestDatabase db, Shape shape, OnDelete behaviour, int children) {
			for (long survivor : List.of(KEPT, SPARE, OTHER)) {
				create(db, shape.referenced == Place.class ? Restaurant.class : shape.referenced, survivor, null, null);
			}
			Object deleteKey;
			Object referencedKey;
			Map<ModelMeta<?>, List<Object>> removed = new LinkedHashMap<>();
			if (shape == Shape.GENERIC_RELATION) {
				deleteKey = create(db, Post.class, null, null, null);
				Remark remark = new Remark(db.<Post, Long>repo(Post.class).findById((Long) deleteKey).orElseThrow());
				referencedKey = db.<Remark, Long>repo(Remark.class).save(remark).id;
				removed.put(meta(db, Post.class), List.of(deleteKey));
				removed.put(meta(db, Remark.class), List.of(referencedKey));
			}
			else if (shape == Shape.MTI_CHILD_DELETED || shape == Shape.MTI_PARENT_DELETED) {
				deleteKey = create(db, Restaurant.class, null, null, null);
				referencedKey = deleteKey;
				removed.put(meta(db, shape.deleted), List.of(deleteKey));
				removed.put(meta(db, shape.referenced), List.of(deleteKey));
			}
			else {
				deleteKey = create(db, shape.deleted, null, null, null);
				referencedKey = deleteKey;
				removed.put(meta(db, shape.deleted), List.of(deleteKey));
			}
			List<Object> refs = createAll(db, shape.referencing, children, behaviour, referencedKey);
			create(db, shape.referencing, null, behaviour, OTHER);
			return new Scene(List.of(deleteKey), removed, refs);
		}

		Map<String, Long> removedCounts() {
			Map<String, Long> counts = new LinkedHashMap<>();
			this.removed.forEach((model, keys) -> counts.merge(model.name(), (long) keys.size(), Long::sum));
			return counts;
		}

		TableRows removedFrom(TableRows rows) {
			TableRows result = rows;
			for (Map.Entry<ModelMeta<?>, List<Object>> entry : this.removed.entrySet()) {
				result = result.without(entry.getKey(), entry.getValue());
			}
			return result;
		}

		private static Object create(TestDatabase db, Class<?> type, Long id, OnDelete behaviour, Object pointsAt) {
			List<Object> keys = createAll(db, type, 1, behaviour, pointsAt, id);
			return keys.get(0);
		}

		private static List<Object> createAll(TestDatabase db, Class<?> type, int count, OnDelete behaviour,
				Object pointsAt) {
			return createAll(db, type, count, behaviour, pointsAt, null);
		}

		/**
		 * {@code count} rows of {@code type} whose {@code behaviour} relation points at {@code pointsAt}; every other
		 * relation named after a behaviour is NULL (the kept row where it is required).
		 */
		private static <T> List<Object> createAll(TestDatabase db, Class<T> type, int count, OnDelete behaviour,
				Object pointsAt, Long id) {
			ModelMeta<T> meta = meta(db, type);
			List<T> rows = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				T row = meta.newInstance();
				if (id != null) {
					meta.primaryKey().set(row, id);
				}
				for (OnDelete each : OnDelete.values()) {
					FieldMeta field = meta.field(fieldName(each));
					if (field != null && field.isForeignKey()) {
						field.set(row, each == behaviour ? Ref.id(pointsAt) : field.nullable() ? Ref.none() : Ref.id(KEPT));
					}
				}
				rows.add(row);
			}
			List<Object> keys = new ArrayList<>();
			List<T> saved = count == 1 ? List.of(db.<T, Object>repo(type).save(rows.get(0)))
					: db.<T, Object>repo(type).bulkCreate(rows);
			for (T row : saved) {
				keys.add(meta.primaryKeyValue(row));
			}
			return keys;
		}
	}
}
