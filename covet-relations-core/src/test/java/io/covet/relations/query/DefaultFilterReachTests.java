package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.relation.RelatedObject;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A model's default filter narrows what is listed: query sets, reverse managers, many-to-many managers, generic
 * relations. It never hides a row that a relation points at (a foreign key, a reverse one-to-one, a generic key), a
 * row the caller names (objects given to {@code add}, an instance given to the repository's {@code delete}), or a row
 * that a cascade must reach, as Django's base manager does for the same paths. Every model here hides its archived
 * rows.
 */
@Models({ DefaultFilterReachTests.Owner.class, DefaultFilterReachTests.Item.class, DefaultFilterReachTests.Badge.class,
		DefaultFilterReachTests.Passport.class, DefaultFilterReachTests.Memo.class, DefaultFilterReachTests.Remark.class })
class DefaultFilterReachTests {

	/** The archived flag every model here hides its rows by. */
	abstract static class Archivable {
		@Id
		Long id;
		String name;
		boolean archived;

		static Q defaultFilter() {
			return Q.of("archived", false);
		}
	}

	@Model(table = "dfr_owner")
	static class Owner extends Archivable {
		RelatedManager<Item> items = RelatedManager.unbound();
		RelatedManager<Memo> memos = RelatedManager.unbound();
		RelatedObject<Passport> passport = RelatedObject.unbound();
		@GenericRelation(Remark.class)
		RelatedManager<Remark> remarks = RelatedManager.unbound();

		static Q defaultFilter() {
			return Archivable.defaultFilter();
		}
	}

	@Model(table = "dfr_item")
	static class Item extends Archivable {
		@ForeignKey(relatedName = "items", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Owner> owner = Ref.none();
		@ManyToMany(table = "dfr_item_badge")
		ManyRelatedManager<Badge> badges = ManyRelatedManager.unbound();

		static Q defaultFilter() {
			return Archivable.defaultFilter();
		}
	}

	@Model(table = "dfr_badge")
	static class Badge extends Archivable {
		static Q defaultFilter() {
			return Archivable.defaultFilter();
		}
	}

	@Model(table = "dfr_passport")
	static class Passport extends Archivable {
		@OneToOne(relatedName = "passport", onDelete = OnDelete.CASCADE)
		Ref<Owner> owner = Ref.none();

		static Q defaultFilter() {
			return Archivable.defaultFilter();
		}
	}

	@Model(table = "dfr_memo")
	static class Memo extends Archivable {
		@ForeignKey(relatedName = "memos", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Owner> owner = Ref.none();

		static Q defaultFilter() {
			return Archivable.defaultFilter();
		}
	}

	@Model(table = "dfr_remark")
	static class Remark extends Archivable {
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		Long objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();

		static Q defaultFilter() {
			return Archivable.defaultFilter();
		}
	}

	/** Names the row, sets its flag and saves it. */
	@SuppressWarnings("unchecked")
	private static <A extends Archivable> A saved(TestDatabase db, A row, String name, boolean archived) {
		row.name = name;
		row.archived = archived;
		db.relations().repository((Class<A>) row.getClass()).save(row);
		return row;
	}

	@DatabaseTest
	void aForeignKeyReachesAnArchivedTargetHoweverItIsRead(TestDatabase db) {
		Owner gone = saved(db, new Owner(), "gone", true);
		Item item = new Item();
		item.owner = Ref.to(gone);
		saved(db, item, "lamp", false);

		assertThat(db.relations().objects(Owner.class).count()).isZero();
		assertThat(db.relations().objects(Item.class).selectRelated("owner").get().owner.get().name).isEqualTo("gone");
		assertThat(db.relations().objects(Item.class).prefetchRelated("owner").get().owner.get().name).isEqualTo("gone");
		assertThat(db.relations().objects(Item.class).get().owner.fetch().name).isEqualTo("gone");
	}

	@DatabaseTest
	void aReverseOneToOneAndAGenericKeyReachArchivedRowsToo(TestDatabase db) {
		Owner owner = saved(db, new Owner(), "ann", false);
		Passport passport = new Passport();
		passport.owner = Ref.to(owner);
		saved(db, passport, "old passport", true);
		Owner gone = saved(db, new Owner(), "gone", true);
		Remark remark = new Remark();
		remark.target = GenericRef.to(gone);
		saved(db, remark, "note", false);

		assertThat(db.relations().objects(Owner.class).get().passport.get().name).isEqualTo("old passport");
		assertThat(db.relations().objects(Owner.class).prefetchRelated("passport").get().passport.get().name)
			.isEqualTo("old passport");
		assertThat(((Owner) db.relations().objects(Remark.class).get().target.fetch()).name).isEqualTo("gone");
		assertThat(((Owner) db.relations().objects(Remark.class).prefetchRelated("target").get().target.get()).name)
			.isEqualTo("gone");
	}

	@DatabaseTest
	void listsStayNarrowedByTheirModelsFilter(TestDatabase db) {
		Owner owner = saved(db, new Owner(), "ann", false);
		Item kept = new Item();
		kept.owner = Ref.to(owner);
		saved(db, kept, "kept", false);
		Item hidden = new Item();
		hidden.owner = Ref.to(owner);
		saved(db, hidden, "hidden", true);
		Badge shown = saved(db, new Badge(), "shown", false);
		Badge secret = saved(db, new Badge(), "secret", true);
		kept.badges.add(shown, secret);

		assertThat(owner.items.all()).extracting(i -> i.name).containsExactly("kept");
		assertThat(db.relations().objects(Owner.class).prefetchRelated("items").get().items.all()).extracting(i -> i.name)
			.containsExactly("kept");
		assertThat(kept.badges.all()).extracting(b -> b.name).containsExactly("shown");
		assertThat(db.relations().objects(Item.class).prefetchRelated("badges").get().badges.all()).extracting(b -> b.name)
			.containsExactly("shown");
	}

	@DatabaseTest
	void objectsNamedToAReverseManagerAreMovedEvenWhenArchived(TestDatabase db) {
		Owner ann = saved(db, new Owner(), "ann", false);
		Item hidden = saved(db, new Item(), "hidden", true);
		ann.items.add(hidden);
		Remark remark = saved(db, new Remark(), "hidden remark", true);
		ann.remarks.add(remark);

		assertThat(db.jdbc().queryForObject("SELECT owner_id FROM dfr_item", Long.class)).isEqualTo(ann.id);
		assertThat(db.jdbc().queryForObject("SELECT object_id FROM dfr_remark", Long.class)).isEqualTo(ann.id);
	}

	@DatabaseTest
	void deletingAnOwnerReachesItsArchivedDependents(TestDatabase db) {
		Owner ann = saved(db, new Owner(), "ann", false);
		Item hidden = new Item();
		hidden.owner = Ref.to(ann);
		saved(db, hidden, "hidden", true);
		Badge badge = saved(db, new Badge(), "badge", false);
		hidden.badges.add(badge);
		Memo memo = new Memo();
		memo.owner = Ref.to(ann);
		saved(db, memo, "memo", true);
		Remark remark = new Remark();
		remark.target = GenericRef.to(ann);
		saved(db, remark, "remark", true);

		db.relations().repository(Owner.class).delete(ann);

		assertThat(db.rows("dfr_owner")).isZero();
		assertThat(db.rows("dfr_item")).isZero();
		assertThat(db.rows("dfr_item_badge")).isZero();
		assertThat(db.rows("dfr_remark")).isZero();
		assertThat(db.jdbc().queryForObject("SELECT owner_id FROM dfr_memo", Long.class)).isNull();
	}

	/**
	 * A many-to-many manager's {@code set} and {@code clear} remove only the links to targets the default filter lists,
	 * as Django's manager built on the target's default manager does, and as the reverse and generic managers here
	 * leave a hidden child attached. Before, they deleted the links to hidden targets too. {@code remove} of a target
	 * the caller names removes its link, hidden or not.
	 */
	@DatabaseTest
	void setAndClearLeaveTheLinksOfHiddenTargets(TestDatabase db) {
		Item kept = saved(db, new Item(), "kept", false);
		Badge shown = saved(db, new Badge(), "shown", false);
		Badge other = saved(db, new Badge(), "other", false);
		Badge secret = saved(db, new Badge(), "secret", true);
		kept.badges.add(shown, secret);
		kept.badges.set(java.util.List.of(other));
		assertThat(linkedBadges(db)).containsExactlyInAnyOrder(other.id, secret.id);
		kept.badges.set(java.util.List.of(shown), true, java.util.Map.of());
		assertThat(linkedBadges(db)).containsExactlyInAnyOrder(shown.id, secret.id);
		kept.badges.clear();
		assertThat(linkedBadges(db)).containsExactly(secret.id);
		kept.badges.remove(secret);
		assertThat(linkedBadges(db)).isEmpty();

		Owner ann = saved(db, new Owner(), "ann", false);
		Memo memo = new Memo();
		memo.owner = Ref.to(ann);
		saved(db, memo, "archived memo", true);
		Remark remark = new Remark();
		remark.target = GenericRef.to(ann);
		saved(db, remark, "archived remark", true);
		ann.memos.set(java.util.List.of());
		ann.memos.clear();
		ann.remarks.set(java.util.List.of());
		ann.remarks.clear();
		assertThat(db.jdbc().queryForObject("SELECT owner_id FROM dfr_memo", Long.class)).isEqualTo(ann.id);
		assertThat(db.rows("dfr_remark")).isEqualTo(1);
	}

	private static java.util.List<Long> linkedBadges(TestDatabase db) {
		return db.jdbc().queryForList("SELECT badge_id FROM dfr_item_badge", Long.class);
	}

	@DatabaseTest
	void theRepositoryDeletesAnArchivedInstanceItIsGiven(TestDatabase db) {
		Owner gone = saved(db, new Owner(), "gone", true);
		Owner other = saved(db, new Owner(), "other", true);
		db.relations().repository(Owner.class).delete(gone);
		assertThat(db.rows("dfr_owner")).isEqualTo(1);
		db.relations().repository(Owner.class).deleteAll(java.util.List.of(other));
		assertThat(db.rows("dfr_owner")).isZero();
	}
}
