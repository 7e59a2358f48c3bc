package io.covet.relations.deletion;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/**
 * Models for the on_delete matrix. Every referencing model carries one relation per behaviour, each named after it
 * ({@code cascade}, {@code protect}, ...), all to the same target: a case points only the relation under test at the
 * doomed row, so the other six reach surviving rows (or nothing) and prove the behaviour does not spill over. Keys
 * {@link #KEPT} and {@link #SPARE} are rows no case deletes: SET_DEFAULT's default and SET's value.
 */
final class OnDeleteMatrixModels {

	/** The surviving row SET_DEFAULT points at (the relations' field initializer). */
	static final long KEPT = 1_000_000L;

	/** The surviving row SET points at ({@code onDeleteValue}). */
	static final long SPARE = 1_000_001L;

	private OnDeleteMatrixModels() {
	}

	@Model(table = "m_target")
	static class Target {

		@Id
		Long id;
	}

	/** Required foreign keys: every column points somewhere, so the initializers all name the kept row. */
	@Model(table = "m_required_ref")
	static class RequiredRef {

		@Id
		Long id;

		@ForeignKey(relatedName = "requiredCascade", onDelete = OnDelete.CASCADE)
		Ref<Target> cascade = Ref.id(KEPT);

		@ForeignKey(relatedName = "requiredProtect", onDelete = OnDelete.PROTECT)
		Ref<Target> protect = Ref.id(KEPT);

		@ForeignKey(relatedName = "requiredRestrict", onDelete = OnDelete.RESTRICT)
		Ref<Target> restrict = Ref.id(KEPT);

		@ForeignKey(relatedName = "requiredSetDefault", onDelete = OnDelete.SET_DEFAULT)
		Ref<Target> setDefault = Ref.id(KEPT);

		@ForeignKey(relatedName = "requiredSet", onDelete = OnDelete.SET, onDeleteValue = "1000001")
		Ref<Target> set = Ref.id(KEPT);

		@ForeignKey(relatedName = "requiredDoNothing", onDelete = OnDelete.DO_NOTHING)
		Ref<Target> doNothing = Ref.id(KEPT);
	}

	/** SET_NULL on a required key: refused when the models are registered. */
	@Model(table = "m_bad_set_null")
	static class RequiredSetNull {

		@Id
		Long id;

		@ForeignKey(onDelete = OnDelete.SET_NULL)
		Ref<Target> target = Ref.none();
	}

	/** The same on a required one-to-one key. */
	@Model(table = "m_bad_one_set_null")
	static class RequiredOneToOneSetNull {

		@Id
		Long id;

		@OneToOne(onDelete = OnDelete.SET_NULL)
		Ref<Target> target = Ref.none();
	}

	@Model(table = "m_nullable_ref")
	static class NullableRef {

		@Id
		Long id;

		@ForeignKey(relatedName = "nullableCascade", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<Target> cascade = Ref.none();

		@ForeignKey(relatedName = "nullableProtect", onDelete = OnDelete.PROTECT, nullable = true)
		Ref<Target> protect = Ref.none();

		@ForeignKey(relatedName = "nullableRestrict", onDelete = OnDelete.RESTRICT, nullable = true)
		Ref<Target> restrict = Ref.none();

		@ForeignKey(relatedName = "nullableSetNull", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<Target> setNull = Ref.none();

		@ForeignKey(relatedName = "nullableSetDefault", onDelete = OnDelete.SET_DEFAULT, nullable = true)
		Ref<Target> setDefault = Ref.id(KEPT);

		@ForeignKey(relatedName = "nullableSet", onDelete = OnDelete.SET, onDeleteValue = "1000001", nullable = true)
		Ref<Target> set = Ref.none();

		@ForeignKey(relatedName = "nullableDoNothing", onDelete = OnDelete.DO_NOTHING, nullable = true)
		Ref<Target> doNothing = Ref.none();
	}

	@Model(table = "m_one_ref")
	static class OneRef {

		@Id
		Long id;

		@OneToOne(relatedName = "oneCascade", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<Target> cascade = Ref.none();

		@OneToOne(relatedName = "oneProtect", onDelete = OnDelete.PROTECT, nullable = true)
		Ref<Target> protect = Ref.none();

		@OneToOne(relatedName = "oneRestrict", onDelete = OnDelete.RESTRICT, nullable = true)
		Ref<Target> restrict = Ref.none();

		@OneToOne(relatedName = "oneSetNull", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<Target> setNull = Ref.none();

		/** Unique: only the one row a case re-points may hold the kept key, so rows are created without it. */
		@OneToOne(relatedName = "oneSetDefault", onDelete = OnDelete.SET_DEFAULT, nullable = true)
		Ref<Target> setDefault = Ref.id(KEPT);

		@OneToOne(relatedName = "oneSet", onDelete = OnDelete.SET, onDeleteValue = "1000001", nullable = true)
		Ref<Target> set = Ref.none();

		@OneToOne(relatedName = "oneDoNothing", onDelete = OnDelete.DO_NOTHING, nullable = true)
		Ref<Target> doNothing = Ref.none();
	}

	/** Seven self-references; the kept and spare nodes are rows of the same table. */
	@Model(table = "m_self_node")
	static class SelfNode {

		@Id
		Long id;

		@ForeignKey(relatedName = "cascadeKids", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<SelfNode> cascade = Ref.none();

		@ForeignKey(relatedName = "protectKids", onDelete = OnDelete.PROTECT, nullable = true)
		Ref<SelfNode> protect = Ref.none();

		@ForeignKey(relatedName = "restrictKids", onDelete = OnDelete.RESTRICT, nullable = true)
		Ref<SelfNode> restrict = Ref.none();

		@ForeignKey(relatedName = "setNullKids", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<SelfNode> setNull = Ref.none();

		@ForeignKey(relatedName = "setDefaultKids", onDelete = OnDelete.SET_DEFAULT, nullable = true)
		Ref<SelfNode> setDefault = Ref.id(KEPT);

		@ForeignKey(relatedName = "setKids", onDelete = OnDelete.SET, onDeleteValue = "1000001", nullable = true)
		Ref<SelfNode> set = Ref.none();

		@ForeignKey(relatedName = "doNothingKids", onDelete = OnDelete.DO_NOTHING, nullable = true)
		Ref<SelfNode> doNothing = Ref.none();
	}

	/**
	 * Six required self-references (no SET_NULL): every row points somewhere, the kept row at itself. A cascade
	 * must delete the rows that reference others first, as MariaDB checks each row at once.
	 */
	@Model(table = "m_required_self_node")
	static class RequiredSelfNode {

		@Id
		Long id;

		@ForeignKey(relatedName = "cascadeKids", onDelete = OnDelete.CASCADE)
		Ref<RequiredSelfNode> cascade = Ref.id(KEPT);

		@ForeignKey(relatedName = "protectKids", onDelete = OnDelete.PROTECT)
		Ref<RequiredSelfNode> protect = Ref.id(KEPT);

		@ForeignKey(relatedName = "restrictKids", onDelete = OnDelete.RESTRICT)
		Ref<RequiredSelfNode> restrict = Ref.id(KEPT);

		@ForeignKey(relatedName = "setDefaultKids", onDelete = OnDelete.SET_DEFAULT)
		Ref<RequiredSelfNode> setDefault = Ref.id(KEPT);

		@ForeignKey(relatedName = "setKids", onDelete = OnDelete.SET, onDeleteValue = "1000001")
		Ref<RequiredSelfNode> set = Ref.id(KEPT);

		@ForeignKey(relatedName = "doNothingKids", onDelete = OnDelete.DO_NOTHING)
		Ref<RequiredSelfNode> doNothing = Ref.id(KEPT);
	}

	/** Multi-table inheritance: a place row and, for a restaurant, a row of its own sharing the key. */
	@Model(table = "m_place")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Place {

		@Id
		Long id;
	}

	@Model(table = "m_restaurant")
	static class Restaurant extends Place {
	}

	/**
	 * A multi-table child that nothing references, cascaded from its owner: deleting the owner must take the shop's
	 * place row along, like deleting the shop itself does.
	 */
	@Model(table = "m_shop")
	static class Shop extends Place {

		@ForeignKey(relatedName = "shops", onDelete = OnDelete.CASCADE)
		Ref<Target> owner = Ref.none();
	}

	/** References to the parent table: a deleted restaurant takes its place row, and these relations apply. */
	@Model(table = "m_place_ref")
	static class PlaceRef {

		@Id
		Long id;

		@ForeignKey(relatedName = "placeCascade", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<Place> cascade = Ref.none();

		@ForeignKey(relatedName = "placeProtect", onDelete = OnDelete.PROTECT, nullable = true)
		Ref<Place> protect = Ref.none();

		@ForeignKey(relatedName = "placeRestrict", onDelete = OnDelete.RESTRICT, nullable = true)
		Ref<Place> restrict = Ref.none();

		@ForeignKey(relatedName = "placeSetNull", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<Place> setNull = Ref.none();

		@ForeignKey(relatedName = "placeSetDefault", onDelete = OnDelete.SET_DEFAULT, nullable = true)
		Ref<Place> setDefault = Ref.id(KEPT);

		@ForeignKey(relatedName = "placeSet", onDelete = OnDelete.SET, onDeleteValue = "1000001", nullable = true)
		Ref<Place> set = Ref.none();

		@ForeignKey(relatedName = "placeDoNothing", onDelete = OnDelete.DO_NOTHING, nullable = true)
		Ref<Place> doNothing = Ref.none();
	}

	/** References to the child table: a deleted place row takes its restaurant row, and these relations apply. */
	@Model(table = "m_restaurant_ref")
	static class RestaurantRef {

		@Id
		Long id;

		@ForeignKey(relatedName = "restaurantCascade", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<Restaurant> cascade = Ref.none();

		@ForeignKey(relatedName = "restaurantProtect", onDelete = OnDelete.PROTECT, nullable = true)
		Ref<Restaurant> protect = Ref.none();

		@ForeignKey(relatedName = "restaurantRestrict", onDelete = OnDelete.RESTRICT, nullable = true)
		Ref<Restaurant> restrict = Ref.none();

		@ForeignKey(relatedName = "restaurantSetNull", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<Restaurant> setNull = Ref.none();

		@ForeignKey(relatedName = "restaurantSetDefault", onDelete = OnDelete.SET_DEFAULT, nullable = true)
		Ref<Restaurant> setDefault = Ref.id(KEPT);

		@ForeignKey(relatedName = "restaurantSet", onDelete = OnDelete.SET, onDeleteValue = "1000001", nullable = true)
		Ref<Restaurant> set = Ref.none();

		@ForeignKey(relatedName = "restaurantDoNothing", onDelete = OnDelete.DO_NOTHING, nullable = true)
		Ref<Restaurant> doNothing = Ref.none();
	}

	/** The reverse side of a generic key: deleting a post deletes its remarks, with no onDelete to choose. */
	@Model(table = "m_post")
	static class Post {

		@Id
		Long id;

		@GenericRelation(Remark.class)
		RelatedManager<Remark> remarks = RelatedManager.unbound();
	}

	@Model(table = "m_remark")
	static class Remark {

		@Id
		Long id;

		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();

		String objectId;

		@GenericForeignKey
		GenericRef contentObject = GenericRef.none();

		Remark() {
		}

		Remark(Object target) {
			this.contentObject = GenericRef.to(target);
		}
	}

	/** References to generically related rows: the generic cascade reaches the remark, and these relations apply. */
	@Model(table = "m_remark_ref")
	static class RemarkRef {

		@Id
		Long id;

		@ForeignKey(relatedName = "remarkCascade", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<Remark> cascade = Ref.none();

		@ForeignKey(relatedName = "remarkProtect", onDelete = OnDelete.PROTECT, nullable = true)
		Ref<Remark> protect = Ref.none();

		@ForeignKey(relatedName = "remarkRestrict", onDelete = OnDelete.RESTRICT, nullable = true)
		Ref<Remark> restrict = Ref.none();

		@ForeignKey(relatedName = "remarkSetNull", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<Remark> setNull = Ref.none();

		@ForeignKey(relatedName = "remarkSetDefault", onDelete = OnDelete.SET_DEFAULT, nullable = true)
		Ref<Remark> setDefault = Ref.id(KEPT);

		@ForeignKey(relatedName = "remarkSet", onDelete = OnDelete.SET, onDeleteValue = "1000001", nullable = true)
		Ref<Remark> set = Ref.none();

		@ForeignKey(relatedName = "remarkDoNothing", onDelete = OnDelete.DO_NOTHING, nullable = true)
		Ref<Remark> doNothing = Ref.none();
	}

	// Django's RESTRICT paths beyond DeletionCollectorTests' Artist/Album/Song: a diamond and a generic relation.

	@Model(table = "m_top")
	static class Top {

		@Id
		Long id;

		@GenericRelation(Tagging.class)
		RelatedManager<Tagging> taggings = RelatedManager.unbound();
	}

	@Model(table = "m_left")
	static class Left {

		@Id
		Long id;

		@ForeignKey(relatedName = "lefts", onDelete = OnDelete.CASCADE)
		Ref<Top> top = Ref.none();

		static Left under(Top top) {
			Left left = new Left();
			left.top = Ref.to(top);
			return left;
		}
	}

	@Model(table = "m_right")
	static class Right {

		@Id
		Long id;

		@ForeignKey(relatedName = "rights", onDelete = OnDelete.CASCADE)
		Ref<Top> top = Ref.none();

		static Right under(Top top) {
			Right right = new Right();
			right.top = Ref.to(top);
			return right;
		}
	}

	/** Restricts its left row; reached from the top through the right one too (the diamond). */
	@Model(table = "m_bottom")
	static class Bottom {

		@Id
		Long id;

		@ForeignKey(relatedName = "bottoms", onDelete = OnDelete.RESTRICT)
		Ref<Left> left = Ref.none();

		@ForeignKey(relatedName = "bottoms", onDelete = OnDelete.CASCADE)
		Ref<Right> right = Ref.none();

		static Bottom between(Left left, Right right) {
			Bottom bottom = new Bottom();
			bottom.left = Ref.to(left);
			bottom.right = Ref.to(right);
			return bottom;
		}
	}

	/** Generically tags a top and restricts one of the top's left rows: the top's generic cascade resolves it. */
	@Model(table = "m_tagging")
	static class Tagging {

		@Id
		Long id;

		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();

		String objectId;

		@GenericForeignKey
		GenericRef contentObject = GenericRef.none();

		@ForeignKey(relatedName = "taggings", onDelete = OnDelete.RESTRICT)
		Ref<Left> left = Ref.none();

		static Tagging of(Top top, Left left) {
			Tagging tagging = new Tagging();
			tagging.contentObject = GenericRef.to(top);
			tagging.left = Ref.to(left);
			return tagging;
		}
	}
}
