package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.covet.relations.CovetRelations;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.event.DeleteAction;
import io.covet.relations.event.ModelDeleted;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A self-reference declared on a base and inherited by a single-table child, a multi-table child or a proxy: deleting
 * through the child deletes the subtree, on every database (MariaDB checks each row's constraint as it deletes it).
 */
@Models({ InheritedSelfReferenceTests.Folder.class, InheritedSelfReferenceTests.SharedFolder.class,
		InheritedSelfReferenceTests.Keeper.class, InheritedSelfReferenceTests.Topic.class,
		InheritedSelfReferenceTests.HotTopic.class, InheritedSelfReferenceTests.Vote.class,
		InheritedSelfReferenceTests.Stage.class, InheritedSelfReferenceTests.SubStage.class,
		InheritedSelfReferenceTests.Shelf.class, InheritedSelfReferenceTests.Box.class,
		InheritedSelfReferenceTests.GiftBox.class, InheritedSelfReferenceTests.Region.class,
		InheritedSelfReferenceTests.City.class, InheritedSelfReferenceTests.Phase.class,
		InheritedSelfReferenceTests.SubPhase.class })
class InheritedSelfReferenceTests {

	@Model(table = "i_folder")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Folder {

		@Id
		Long id;

		String name;

		@ForeignKey(relatedName = "subfolders", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Folder> parent = Ref.none();

		@ForeignKey(relatedName = "folders", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Keeper> keeper = Ref.none();

		Folder() {
		}

		Folder(String name, Folder parent) {
			this.name = name;
			this.parent = (parent != null) ? Ref.to(parent) : Ref.none();
		}
	}

	@Model
	static class SharedFolder extends Folder {

		SharedFolder() {
		}

		SharedFolder(String name, Folder parent) {
			super(name, parent);
		}
	}

	/** Keeps a home folder, and keeps folders: a cycle of nullable keys through the single-table base. */
	@Model(table = "i_keeper")
	static class Keeper {

		@Id
		Long id;

		@ForeignKey(relatedName = "keepers", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Folder> home = Ref.none();
	}

	@Model(table = "i_topic")
	static class Topic {

		@Id
		Long id;

		String name;

		@ForeignKey(relatedName = "subtopics", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Topic> parent = Ref.none();

		Topic() {
		}

		Topic(String name, Topic parent) {
			this.name = name;
			this.parent = (parent != null) ? Ref.to(parent) : Ref.none();
		}
	}

	@Model
	@Proxy
	static class HotTopic extends Topic {
	}

	/** A required self-reference on a single-table base: every row points somewhere, the kept row at itself. */
	@Model(table = "i_stage")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Stage {

		static final long KEPT = 1_000_000L;

		@Id
		Long id;

		@ForeignKey(relatedName = "substages", onDelete = OnDelete.CASCADE)
		Ref<Stage> parent = Ref.id(KEPT);
	}

	@Model
	static class SubStage extends Stage {
	}

	@Model(table = "i_shelf")
	static class Shelf {

		@Id
		Long id;
	}

	/** A single-table base whose keys to a shelf restrict the shelf's delete, or are set to NULL by it. */
	@Model(table = "i_box")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Box {

		@Id
		Long id;

		@ForeignKey(relatedName = "guardedBoxes", nullable = true, onDelete = OnDelete.RESTRICT)
		Ref<Shelf> guard = Ref.none();

		@ForeignKey(relatedName = "labelledBoxes", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Shelf> label = Ref.none();
	}

	/** Its child cascades from a shelf: a gift box on a shelf goes with it, which lifts its own restriction. */
	@Model
	static class GiftBox extends Box {

		@ForeignKey(relatedName = "giftBoxes", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Shelf> shelf = Ref.none();
	}

	/** Multi-table: a city's row in its own table shares the key of its region row, which holds the parent. */
	@Model(table = "i_region")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Region {

		@Id
		Long id;

		String name;

		@ForeignKey(relatedName = "subregions", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Region> parent = Ref.none();

		Region() {
		}

		Region(String name, Region parent) {
			this.name = name;
			this.parent = (parent != null) ? Ref.to(parent) : Ref.none();
		}
	}

	@Model(table = "i_city")
	static class City extends Region {

		City() {
		}

		City(String name, Region parent) {
			super(name, parent);
		}
	}

	/** A required self-reference on a multi-table base, as {@link Stage} is on a single-table one. */
	@Model(table = "i_phase")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Phase {

		static final long KEPT = 1_000_000L;

		@Id
		Long id;

		@ForeignKey(relatedName = "subphases", onDelete = OnDelete.CASCADE)
		Ref<Phase> parent = Ref.id(KEPT);
	}

	@Model(table = "i_subphase")
	static class SubPhase extends Phase {
	}

	/** A required key to the proxy's base: a vote on a hot topic references the proxy's rows. */
	@Model(table = "i_vote")
	static class Vote {

		@Id
		Long id;

		@ForeignKey(relatedName = "votes", onDelete = OnDelete.CASCADE)
		Ref<Topic> topic = Ref.none();
	}

	@DatabaseTest
	void deletingASingleTableChildDeletesItsSubtree(TestDatabase db) {
		SharedFolder root = db.<SharedFolder, Long>repo(SharedFolder.class).save(new SharedFolder("root", null));
		SharedFolder child = db.<SharedFolder, Long>repo(SharedFolder.class).save(new SharedFolder("child", root));
		db.<SharedFolder, Long>repo(SharedFolder.class).save(new SharedFolder("grandchild", child));
		db.<Folder, Long>repo(Folder.class).save(new Folder("plain", child));
		db.<Folder, Long>repo(Folder.class).save(new Folder("other", null));

		db.repo(SharedFolder.class).filter("id", root.id).delete();

		assertThat(db.rows("i_folder")).isEqualTo(1);
	}

	@DatabaseTest
	void aCycleThroughAnInheritedKeyIsBrokenOnTheRowsOfTheTableThatHoldsIt(TestDatabase db) {
		SharedFolder folder = db.<SharedFolder, Long>repo(SharedFolder.class).save(new SharedFolder("shared", null));
		Keeper keeper = new Keeper();
		keeper.home = Ref.to(folder);
		db.<Keeper, Long>repo(Keeper.class).save(keeper);
		folder.keeper = Ref.to(keeper);
		db.<SharedFolder, Long>repo(SharedFolder.class).save(folder);
		db.<Folder, Long>repo(Folder.class).save(new Folder("other", null));

		// The folder is reached twice, as a shared folder and as the keeper's folder: one row, counted once.
		var plan = db.repo(SharedFolder.class).filter("id", folder.id).explainDelete();
		assertThat(plan.deletes().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
		List<ModelDeleted> events = new ArrayList<>();
		CovetRelations listening = db.build(builder -> builder.eventListener(event -> events.add((ModelDeleted) event)));
		var result = listening.objects(SharedFolder.class).filter("id", folder.id).delete();

		assertThat(result.total()).isEqualTo(2);
		assertThat(events).filteredOn(event -> event.action() == DeleteAction.POST_DELETE)
			.extracting(ModelDeleted::model, ModelDeleted::keys)
			.containsExactlyInAnyOrder(tuple(SharedFolder.class, Set.of(folder.id)), tuple(Keeper.class, Set.of(keeper.id)));
		assertThat(db.rows("i_folder")).isEqualTo(1);
		assertThat(db.rows("i_keeper")).isZero();
	}

	@DatabaseTest
	void rowsThatReferenceTheBaseAreDeletedBeforeTheChildsRows(TestDatabase db) {
		SharedFolder folder = db.<SharedFolder, Long>repo(SharedFolder.class).save(new SharedFolder("shared", null));
		Keeper keeper = new Keeper();
		keeper.home = Ref.to(folder);
		db.<Keeper, Long>repo(Keeper.class).save(keeper);

		var result = db.repo(SharedFolder.class).filter("id", folder.id).delete();

		assertThat(db.rows("i_folder")).isZero();
		assertThat(db.rows("i_keeper")).isZero();
		assertThat(result.total()).isEqualTo(2);
	}

	@DatabaseTest
	void aRequiredSelfReferenceOnTheBaseIsDeletedDeepestFirstThroughTheChild(TestDatabase db) {
		Stage kept = new Stage();
		kept.id = Stage.KEPT;
		db.repo(Stage.class).save(kept);
		SubStage root = db.<SubStage, Long>repo(SubStage.class).save(new SubStage());
		SubStage child = new SubStage();
		child.parent = Ref.to(root);
		db.repo(SubStage.class).save(child);
		Stage grandchild = new Stage();
		grandchild.parent = Ref.to(child);
		db.repo(Stage.class).save(grandchild);

		db.repo(SubStage.class).filter("id", root.id).delete();

		assertThat(db.rows("i_stage")).isEqualTo(1);
	}

	@DatabaseTest
	void deletingAMultiTableChildDeletesItsSubtreeInBothTables(TestDatabase db) {
		City root = db.<City, Long>repo(City.class).save(new City("root", null));
		Region child = db.<Region, Long>repo(Region.class).save(new Region("child", root));
		City grandchild = db.<City, Long>repo(City.class).save(new City("grandchild", child));
		db.<Region, Long>repo(Region.class).save(new Region("leaf", grandchild));
		db.<City, Long>repo(City.class).save(new City("other", null));

		var result = db.repo(City.class).filter("id", root.id).delete();

		assertThat(result.perModel()).containsEntry("City", 2L).containsEntry("Region", 4L);
		assertThat(db.rows("i_region")).isEqualTo(1);
		assertThat(db.rows("i_city")).isEqualTo(1);
	}

	@DatabaseTest
	void aRequiredSelfReferenceOnAMultiTableBaseIsDeletedDeepestFirstThroughTheChild(TestDatabase db) {
		Phase kept = new Phase();
		kept.id = Phase.KEPT;
		db.repo(Phase.class).save(kept);
		SubPhase root = db.<SubPhase, Long>repo(SubPhase.class).save(new SubPhase());
		SubPhase child = new SubPhase();
		child.parent = Ref.to(root);
		db.repo(SubPhase.class).save(child);
		Phase grandchild = new Phase();
		grandchild.parent = Ref.to(child);
		db.repo(Phase.class).save(grandchild);

		db.repo(SubPhase.class).filter("id", root.id).delete();

		assertThat(db.rows("i_phase")).isEqualTo(1);
		assertThat(db.rows("i_subphase")).isZero();
	}

	@DatabaseTest
	void aRestrictionDeclaredOnTheBaseIsLiftedWhenTheChildsRowIsDeletedByACascade(TestDatabase db) {
		Shelf shelf = db.<Shelf, Long>repo(Shelf.class).save(new Shelf());
		GiftBox gift = new GiftBox();
		gift.shelf = Ref.to(shelf);
		gift.guard = Ref.to(shelf);
		db.repo(GiftBox.class).save(gift);

		var result = db.repo(Shelf.class).filter("id", shelf.id).delete();

		assertThat(result.total()).isEqualTo(2);
		assertThat(db.rows("i_box")).isZero();
	}

	@DatabaseTest
	void aSetNullDeclaredOnTheBaseUpdatesOnlyTheRowsThatSurvive(TestDatabase db) {
		Shelf shelf = db.<Shelf, Long>repo(Shelf.class).save(new Shelf());
		GiftBox gift = new GiftBox();
		gift.shelf = Ref.to(shelf);
		gift.label = Ref.to(shelf);
		db.repo(GiftBox.class).save(gift);
		Box kept = new Box();
		kept.label = Ref.to(shelf);
		db.<Box, Long>repo(Box.class).save(kept);

		// The gift box goes by its own CASCADE: only the kept box's label is set to NULL.
		var plan = db.repo(Shelf.class).filter("id", shelf.id).explainDelete();
		assertThat(plan.updates()).isEqualTo(Map.of("Box.label", 1L));
		var result = db.repo(Shelf.class).filter("id", shelf.id).delete();

		assertThat(result.total()).isEqualTo(2);
		assertThat(db.rows("i_box")).isEqualTo(1);
		assertThat(db.<Box, Long>repo(Box.class).findById(kept.id).orElseThrow().label.isNull()).isTrue();
	}

	@DatabaseTest
	void deletingThroughAProxyDeletesTheSubtree(TestDatabase db) {
		Topic root = db.<Topic, Long>repo(Topic.class).save(new Topic("root", null));
		Topic child = db.<Topic, Long>repo(Topic.class).save(new Topic("child", root));
		db.<Topic, Long>repo(Topic.class).save(new Topic("grandchild", child));
		db.<Topic, Long>repo(Topic.class).save(new Topic("other", null));

		Vote vote = new Vote();
		vote.topic = Ref.to(child);
		db.<Vote, Long>repo(Vote.class).save(vote);

		db.repo(HotTopic.class).filter("name", "root").delete();

		assertThat(db.rows("i_topic")).isEqualTo(1);
		assertThat(db.rows("i_vote")).isZero();
	}
}
