package io.covet.relations.deletion;

import static io.covet.relations.deletion.OnDeleteMatrixModels.KEPT;
import static io.covet.relations.deletion.OnDeleteMatrixModels.SPARE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

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
import io.covet.relations.deletion.OnDeleteMatrixModels.RequiredSelfNode;
import io.covet.relations.deletion.OnDeleteMatrixModels.RequiredSetNull;
import io.covet.relations.deletion.OnDeleteMatrixModels.Restaurant;
import io.covet.relations.deletion.OnDeleteMatrixModels.RestaurantRef;
import io.covet.relations.deletion.OnDeleteMatrixModels.Right;
import io.covet.relations.deletion.OnDeleteMatrixModels.SelfNode;
import io.covet.relations.deletion.OnDeleteMatrixModels.Shop;
import io.covet.relations.deletion.OnDeleteMatrixModels.Tagging;
import io.covet.relations.deletion.OnDeleteMatrixModels.Target;
import io.covet.relations.deletion.OnDeleteMatrixModels.Top;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.ProtectedError;
import io.covet.relations.exception.RestrictedError;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Every {@code onDelete} behaviour against every shape of relation ({@link Shape}): one test per behaviour runs it
 * on each shape. Each case deletes one row that {@value #FEW} rows reference through the relation under test (one,
 * for a one-to-one) while a bystander references a surviving row through it, and asserts every row of every table, the per-model counts, that {@code explain} planned exactly that, the typed refusal with an
 * unchanged database, and the exact number of statements ({@link #STATEMENTS}, the same on every database, and the
 * same for {@value #FEW} and {@value #MANY} referencing rows where a shape has many).
 *
 * <p>A generic relation has no {@code onDelete} of its own: like Django's {@code GenericRelation}, deleting the object
 * always deletes the rows whose generic key points at it (its column of the matrix is CASCADE in every case). The
 * generic column therefore applies each behaviour to a foreign key to the generically related row, which the
 * generic cascade reaches. Django's RESTRICT paths: indirect and direct are the Artist/Album/Song cases of
 * {@link DeletionCollectorTests}; the diamond and the path through a generic relation are here.
 */
@Models({ Target.class, RequiredRef.class, NullableRef.class, OneRef.class, SelfNode.class, RequiredSelfNode.class,
		Place.class, Restaurant.class, Shop.class, PlaceRef.class, RestaurantRef.class, Post.class, Remark.class,
		RemarkRef.class, Top.class, Left.class, Right.class, Bottom.class, Tagging.class })
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

		/** {@code RequiredSelfNode -> RequiredSelfNode}, NOT NULL; the kept node references itself. */
		REQUIRED_SELF_REFERENCE(RequiredSelfNode.class, RequiredSelfNode.class, RequiredSelfNode.class),

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
	 * Statements of one delete per shape and behaviour, pinned; the same on all three databases. They follow the model
	 * graph, not the rows: a SELECT FOR UPDATE of the deleted rows, one SELECT per relation into every model reached
	 * (DO_NOTHING relations are not read), then one UPDATE or DELETE per model. A target is referenced by 21 relations
	 * of these models (six required, seven nullable, seven one-to-one, the shop's owner), 18 of them read: 19 reads,
	 * where PROTECT and RESTRICT stop; CASCADE and the SETs add two writes; DO_NOTHING one DELETE, which fails. With
	 * DO_NOTHING the deleted child's DELETE succeeds before its place row's fails (17), while a deleted place's
	 * restaurant row fails first (16).
	 */
	private static final Map<Shape, Map<OnDelete, Integer>> STATEMENTS = new EnumMap<>(Shape.class);

	static {
		// CASCADE, PROTECT, RESTRICT, SET_NULL, SET_DEFAULT, SET, DO_NOTHING
		pin(Shape.REQUIRED_FK, 21, 19, 19, null, 21, 21, 20);
		pin(Shape.NULLABLE_FK, 21, 19, 19, 21, 21, 21, 20);
		pin(Shape.ONE_TO_ONE, 21, 19, 19, 21, 21, 21, 20);
		pin(Shape.SELF_REFERENCE, 22, 7, 7, 16, 16, 16, 15);
		pin(Shape.REQUIRED_SELF_REFERENCE, 13, 6, 6, null, 8, 8, 7);
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

	/**
	 * Found by this matrix: the child was deleted by its foreign key alone, its place row was left behind and the
	 * relations to the place row (a PROTECT here) never applied.
	 */
	@DatabaseTest
	void aCascadeToAMultiTableChildTakesItsParentRow(TestDatabase db) {
		Target owner = db.<Target, Long>repo(Target.class).save(new Target());
		Shop shop = new Shop();
		shop.owner = Ref.to(owner);
		db.repo(Shop.class).save(shop);
		db.repo(Place.class).save(new Place());
		DeleteCheck check = new DeleteCheck(db, meta(db, Target.class), List.of(owner.id), "owner of a shop");

		assertThat(check.deletes(Map.of("Target", 1L, "Shop", 1L, "Place", 1L), Map.of(), check.before()
			.without(meta(db, Target.class), List.of(owner.id))
			.without(meta(db, Shop.class), List.of(shop.id))
			.without(meta(db, Place.class), List.of(shop.id)))).as("statements").isEqualTo(30);

		Target protectedOwner = db.<Target, Long>repo(Target.class).save(new Target());
		Shop protectedShop = new Shop();
		protectedShop.owner = Ref.to(protectedOwner);
		db.repo(Shop.class).save(protectedShop);
		PlaceRef protecting = new PlaceRef();
		protecting.protect = Ref.id(protectedShop.id);
		protecting.setDefault = Ref.none();
		db.repo(PlaceRef.class).save(protecting);
		new DeleteCheck(db, meta(db, Target.class), List.of(protectedOwner.id), "owner of a protected shop")
			.refused(ProtectedError.class, "PlaceRef.protect", List.of(protecting.id));
	}

	/**
	 * SET_DEFAULT (and SET) on a one-to-one can re-point one row only: two rows set to the same default break the
	 * unique constraint, which the database refuses, and the whole delete rolls back.
	 */
	@DatabaseTest
	void setDefaultOnAOneToOneCannotRepointTwoRowsAtOneTarget(TestDatabase db) {
		Target kept = new Target();
		kept.id = KEPT;
		db.repo(Target.class).save(kept);
		List<Object> doomed = new ArrayList<>();
		for (int i = 0; i < 2; i++) {
			Long target = db.<Target, Long>repo(Target.class).save(new Target()).id;
			OneRef ref = new OneRef();
			ref.setDefault = Ref.id(target);
			db.repo(OneRef.class).save(ref);
			doomed.add(target);
		}

		assertThat(new DeleteCheck(db, meta(db, Target.class), doomed, "two one-to-one rows set to one default")
			.refusedByDatabase(Map.of("Target", 2L), Map.of("OneRef.setDefault", 2L)))
			.as("19 reads and the refused UPDATE")
			.isEqualTo(20);
	}

	/**
	 * Django's diamond: the bottom row restricts its left row and cascades from its right one, both under one top.
	 * Deleting the top reaches the bottom through the right path, so the restriction is satisfied; deleting the left
	 * row alone is refused; deleting the right row alone takes the bottom and leaves the left.
	 */
	@DatabaseTest
	void restrictDiamond(TestDatabase db) {
		Top top = db.<Top, Long>repo(Top.class).save(new Top());
		Left left = db.<Left, Long>repo(Left.class).save(Left.under(top));
		Right right = db.<Right, Long>repo(Right.class).save(Right.under(top));
		Bottom bottom = db.<Bottom, Long>repo(Bottom.class).save(Bottom.between(left, right));

		assertThat(new DeleteCheck(db, meta(db, Left.class), List.of(left.id), "left of the diamond")
			.refused(RestrictedError.class, "Bottom.left", List.of(bottom.id))).as("statements").isEqualTo(3);
		DeleteCheck wholeDiamond = new DeleteCheck(db, meta(db, Top.class), List.of(top.id), "top of the diamond");
		assertThat(wholeDiamond.deletes(Map.of("Top", 1L, "Left", 1L, "Right", 1L, "Bottom", 1L), Map.of(),
				wholeDiamond.before()
					.without(meta(db, Top.class), List.of(top.id))
					.without(meta(db, Left.class), List.of(left.id))
					.without(meta(db, Right.class), List.of(right.id))
					.without(meta(db, Bottom.class), List.of(bottom.id))))
			.as("statements")
			.isEqualTo(11);

		Top second = db.<Top, Long>repo(Top.class).save(new Top());
		Left kept = db.<Left, Long>repo(Left.class).save(Left.under(second));
		Right doomed = db.<Right, Long>repo(Right.class).save(Right.under(second));
		Bottom below = db.<Bottom, Long>repo(Bottom.class).save(Bottom.between(kept, doomed));
		DeleteCheck rightSide = new DeleteCheck(db, meta(db, Right.class), List.of(doomed.id), "right of the diamond");
		assertThat(rightSide.deletes(Map.of("Right", 1L, "Bottom", 1L), Map.of(), rightSide.before()
			.without(meta(db, Right.class), List.of(doomed.id))
			.without(meta(db, Bottom.class), List.of(below.id)))).as("statements").isEqualTo(4);
	}

	/**
	 * A generic relation's cascade satisfies RESTRICT like a foreign key's: a tagging restricts its left row, and
	 * deleting the top deletes both the left row (CASCADE) and the tagging (generic relation). A tagging of another
	 * top still restricts the same delete.
	 */
	@DatabaseTest
	void restrictResolvedThroughAGenericRelation(TestDatabase db) {
		Top top = db.<Top, Long>repo(Top.class).save(new Top());
		Left left = db.<Left, Long>repo(Left.class).save(Left.under(top));
		Tagging tagging = db.<Tagging, Long>repo(Tagging.class).save(Tagging.of(top, left));
		DeleteCheck check = new DeleteCheck(db, meta(db, Top.class), List.of(top.id), "tagged top");
		assertThat(check.deletes(Map.of("Top", 1L, "Left", 1L, "Tagging", 1L), Map.of(), check.before()
			.without(meta(db, Top.class), List.of(top.id))
			.without(meta(db, Left.class), List.of(left.id))
			.without(meta(db, Tagging.class), List.of(tagging.id)))).as("statements").isEqualTo(9);

		Top tagged = db.<Top, Long>repo(Top.class).save(new Top());
		Top other = db.<Top, Long>repo(Top.class).save(new Top());
		Left restricted = db.<Left, Long>repo(Left.class).save(Left.under(tagged));
		Tagging elsewhere = db.<Tagging, Long>repo(Tagging.class).save(Tagging.of(other, restricted));
		assertThat(new DeleteCheck(db, meta(db, Top.class), List.of(tagged.id), "a top whose left row is restricted")
			.refused(RestrictedError.class, "Tagging.left", List.of(elsewhere.id))).as("statements").isEqualTo(6);
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

	/** The impossible combinations: SET_NULL needs a nullable key ({@link #setNullOnARequiredKeyIsRefusedAtStartup}). */
	private static boolean applies(Shape shape, OnDelete behaviour) {
		return behaviour != OnDelete.SET_NULL || !(shape == Shape.REQUIRED_FK || shape == Shape.REQUIRED_SELF_REFERENCE);
	}

	/** Stages one case on empty tables, checks explain, delete and every row; returns the delete's statements. */
	private static int runCase(TestDatabase db, Shape shape, OnDelete behaviour, int children) {
		db.truncateAll();
		Scene scene = Scene.stage(db, shape, behaviour, shape.hasMany() ? children : 1);
		ModelMeta<?> referencing = meta(db, shape.referencing);
		String relation = referencing.name() + "." + fieldName(behaviour);
		DeleteCheck check = new DeleteCheck(db, meta(db, shape.deleted), scene.deleteKeys,
				shape + " " + behaviour + " x" + scene.refs.size() + " on " + db);
		Map<String, Long> deletes = scene.removedCounts();
		TableRows expected = scene.removedFrom(check.before());
		return switch (behaviour) {
			case PROTECT -> check.refused(ProtectedError.class, relation, scene.refs);
			case RESTRICT -> check.refused(RestrictedError.class, relation, scene.refs);
			case DO_NOTHING -> check.refusedByDatabase(deletes, Map.of());
			case CASCADE -> {
				deletes.merge(referencing.name(), (long) scene.refs.size(), Long::sum);
				yield check.deletes(deletes, Map.of(), expected.without(referencing, scene.refs));
			}
			case SET_NULL, SET_DEFAULT, SET -> {
				Long value = behaviour == OnDelete.SET_DEFAULT ? Long.valueOf(KEPT)
						: behaviour == OnDelete.SET ? Long.valueOf(SPARE) : null;
				yield check.deletes(deletes, Map.of(relation, (long) scene.refs.size()),
						expected.with(referencing, scene.refs, column(referencing, behaviour), value));
			}
		};
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
