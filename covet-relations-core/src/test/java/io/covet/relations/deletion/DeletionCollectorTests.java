package io.covet.relations.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataIntegrityViolationException;

import io.covet.relations.CovetRelations;
import io.covet.relations.deletion.DeletionModels.Album;
import io.covet.relations.deletion.DeletionModels.Artist;
import io.covet.relations.deletion.DeletionModels.Band;
import io.covet.relations.deletion.DeletionModels.Record;
import io.covet.relations.deletion.DeletionModels.Track;
import io.covet.relations.deletion.DeletionModels.Child;
import io.covet.relations.deletion.DeletionModels.CycleA;
import io.covet.relations.deletion.DeletionModels.CycleB;
import io.covet.relations.deletion.DeletionModels.Deed;
import io.covet.relations.deletion.DeletionModels.Guardian;
import io.covet.relations.deletion.DeletionModels.Node;
import io.covet.relations.deletion.DeletionModels.Note;
import io.covet.relations.deletion.DeletionModels.Parent;
import io.covet.relations.deletion.DeletionModels.Room;
import io.covet.relations.deletion.DeletionModels.Seat;
import io.covet.relations.deletion.DeletionModels.Song;
import io.covet.relations.deletion.DeletionModels.Toy;
import io.covet.relations.event.DeleteAction;
import io.covet.relations.event.ModelDeleted;
import io.covet.relations.exception.ProtectedError;
import io.covet.relations.exception.RestrictedError;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

@Models({ Parent.class, Child.class, Toy.class, Guardian.class, Deed.class, Note.class, Room.class, Seat.class,
		Artist.class, Album.class, Song.class, Band.class, Record.class, Track.class, Node.class, CycleA.class,
		CycleB.class })
class DeletionCollectorTests {

	private static DeletionCollector collector(TestDatabase db) {
		return new DeletionCollector(db.relations().context());
	}

	private static <T> ModelMeta<T> meta(TestDatabase db, Class<T> type) {
		return db.relations().meta(type);
	}

	private static long count(TestDatabase db, Class<?> type) {
		return db.repo(type).count();
	}

	@DatabaseTest
	void cascadesThroughChildrenAndLeavesAndNullsSetNullReferences(TestDatabase db) {
		Parent parent = db.<Parent, Long>repo(Parent.class).save(new Parent("p"));
		Parent other = db.<Parent, Long>repo(Parent.class).save(new Parent("other"));
		Child child = db.<Child, Long>repo(Child.class).save(new Child(parent));
		Child kept = db.<Child, Long>repo(Child.class).save(new Child(other));
		db.repo(Toy.class).saveAll(List.of(new Toy(child), new Toy(child), new Toy(kept)));
		Guardian guardian = db.<Guardian, Long>repo(Guardian.class).save(new Guardian(child));

		DeleteResult result = collector(db).delete(meta(db, Parent.class), List.of(parent.id));

		assertThat(result.perModel()).isEqualTo(Map.of("Parent", 1L, "Child", 1L, "Toy", 2L));
		assertThat(result.total()).isEqualTo(4);
		assertThat(count(db, Parent.class)).isEqualTo(1);
		assertThat(count(db, Toy.class)).isEqualTo(1);
		Guardian reloaded = db.<Guardian, Long>repo(Guardian.class).findById(guardian.id).orElseThrow();
		assertThat(reloaded.child.isNull()).isTrue();
	}

	@DatabaseTest
	void protectCollectsEveryProtectedRowAndChangesNothing(TestDatabase db) {
		Parent parent = db.<Parent, Long>repo(Parent.class).save(new Parent("p"));
		Child child = db.<Child, Long>repo(Child.class).save(new Child(parent));
		Guardian guardian = db.<Guardian, Long>repo(Guardian.class).save(new Guardian(child));
		Deed first = db.<Deed, Long>repo(Deed.class).save(Deed.of(guardian, parent));
		Deed second = db.<Deed, Long>repo(Deed.class).save(Deed.of(guardian, parent));
		db.queries().reset();

		assertThatThrownBy(() -> collector(db).delete(meta(db, Parent.class), List.of(parent.id)))
			.isInstanceOfSatisfying(ProtectedError.class, error -> assertThat(error.getProtectedKeys())
				.containsOnlyKeys("Deed.parent")
				.extractingByKey("Deed.parent")
				.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.LIST)
				.containsExactlyInAnyOrder(first.id, second.id));
		assertThat(db.queries().statements()).allMatch(sql -> sql.startsWith("SELECT"));
		assertThat(count(db, Parent.class)).isEqualTo(1);
		assertThat(count(db, Child.class)).isEqualTo(1);
	}

	@DatabaseTest
	void cascadeThroughSetNullStopsBeforeProtect(TestDatabase db) {
		Parent parent = db.<Parent, Long>repo(Parent.class).save(new Parent("p"));
		Child child = db.<Child, Long>repo(Child.class).save(new Child(parent));
		Guardian guardian = db.<Guardian, Long>repo(Guardian.class).save(new Guardian(child));
		Parent elsewhere = db.<Parent, Long>repo(Parent.class).save(new Parent("elsewhere"));
		db.repo(Deed.class).save(Deed.of(guardian, elsewhere));

		DeleteResult result = collector(db).delete(meta(db, Parent.class), List.of(parent.id));

		assertThat(result.perModel()).isEqualTo(Map.of("Parent", 1L, "Child", 1L));
		assertThat(count(db, Guardian.class)).isEqualTo(1);
		assertThat(count(db, Deed.class)).isEqualTo(1);
	}

	@DatabaseTest
	void doNothingLeavesItToTheDatabaseAndRollsBackWhole(TestDatabase db) {
		Parent parent = db.<Parent, Long>repo(Parent.class).save(new Parent("p"));
		db.repo(Child.class).save(new Child(parent));
		db.repo(Note.class).save(new Note(parent));

		assertThatThrownBy(() -> collector(db).delete(meta(db, Parent.class), List.of(parent.id)))
			.isInstanceOf(DataIntegrityViolationException.class);
		assertThat(count(db, Parent.class)).isEqualTo(1);
		assertThat(count(db, Child.class)).isEqualTo(1);
		assertThat(count(db, Note.class)).isEqualTo(1);
	}

	@DatabaseTest
	void setDefaultAndSetWriteTheDeclaredValues(TestDatabase db) {
		db.repo(Room.class).saveAll(List.of(new Room("hall"), new Room("lobby"), new Room("attic")));
		Room attic = db.<Room, String>repo(Room.class).findById("attic").orElseThrow();
		Seat seat = db.<Seat, Long>repo(Seat.class).save(Seat.in(attic, attic));

		DeleteResult result = collector(db).delete(meta(db, Room.class), List.of("attic"));

		assertThat(result.perModel()).isEqualTo(Map.of("Room", 1L));
		Seat reloaded = db.<Seat, Long>repo(Seat.class).findById(seat.id).orElseThrow();
		assertThat(reloaded.room.id()).isEqualTo("hall");
		assertThat(reloaded.spare.id()).isEqualTo("lobby");
	}

	@DatabaseTest
	void restrictAllowsDeletesThatAlsoCascadeToTheRestrictedRows(TestDatabase db) {
		// Django's example: deleting the artist deletes albums and songs, although songs restrict their album.
		Artist artist = db.<Artist, Long>repo(Artist.class).save(new Artist("a"));
		Album album = db.<Album, Long>repo(Album.class).save(new Album(artist));
		db.repo(Song.class).saveAll(List.of(new Song(artist, album), new Song(artist, album)));

		DeleteResult result = collector(db).delete(meta(db, Artist.class), List.of(artist.id));

		assertThat(result.perModel()).isEqualTo(Map.of("Artist", 1L, "Album", 1L, "Song", 2L));
	}

	@DatabaseTest
	void protectRefusesEvenWhenTheProtectedRowsWouldBeCascaded(TestDatabase db) {
		// Django's documented difference: with PROTECT, the same delete that RESTRICT allows is refused.
		Band band = db.<Band, Long>repo(Band.class).save(new Band());
		Record record = new Record();
		record.band = Ref.to(band);
		db.repo(Record.class).save(record);
		Track track = new Track();
		track.band = Ref.to(band);
		track.record = Ref.to(record);
		db.repo(Track.class).save(track);

		assertThatThrownBy(() -> collector(db).delete(meta(db, Band.class), List.of(band.id)))
			.isInstanceOfSatisfying(ProtectedError.class,
					error -> assertThat(error.getProtectedKeys()).isEqualTo(Map.of("Track.record", List.of(track.id))));
		assertThat(count(db, Track.class)).isEqualTo(1);
	}

	@DatabaseTest
	void restrictRefusesDeletesThatLeaveRestrictedRowsBehind(TestDatabase db) {
		Artist artist = db.<Artist, Long>repo(Artist.class).save(new Artist("a"));
		Album album = db.<Album, Long>repo(Album.class).save(new Album(artist));
		Song song = db.<Song, Long>repo(Song.class).save(new Song(artist, album));

		assertThatThrownBy(() -> collector(db).delete(meta(db, Album.class), List.of(album.id)))
			.isInstanceOfSatisfying(RestrictedError.class,
					error -> assertThat(error.getRestrictedKeys()).isEqualTo(Map.of("Song.album", List.of(song.id))));
		assertThat(count(db, Album.class)).isEqualTo(1);
	}

	@DatabaseTest
	void deletesASelfReferentialTreeOfDepthOneThousandInAFewStatements(TestDatabase db) {
		List<Node> chain = new ArrayList<>();
		Node parent = null;
		for (int depth = 0; depth < 1000; depth++) {
			Node node = db.<Node, Long>repo(Node.class).save(new Node(parent));
			chain.add(node);
			parent = node;
		}
		db.queries().reset();

		DeleteResult result = collector(db).delete(meta(db, Node.class), List.of(chain.get(0).id));

		assertThat(result.perModel()).isEqualTo(Map.of("Node", 1000L));
		assertThat(db.queries().total()).isLessThanOrEqualTo(8);
		assertThat(count(db, Node.class)).isZero();
	}

	@DatabaseTest
	void cyclicReferencesTerminateAndDelete(TestDatabase db) {
		CycleA a = db.<CycleA, Long>repo(CycleA.class).save(new CycleA());
		CycleB b = new CycleB();
		b.a = Ref.to(a);
		db.repo(CycleB.class).save(b);
		a.b = Ref.to(b);
		db.repo(CycleA.class).save(a);

		DeleteResult result = collector(db).delete(meta(db, CycleA.class), List.of(a.id));

		assertThat(result.perModel()).isEqualTo(Map.of("CycleA", 1L, "CycleB", 1L));
		assertThat(count(db, CycleA.class) + count(db, CycleB.class)).isZero();
	}

	@DatabaseTest
	void statementCountDoesNotGrowWithRows(TestDatabase db) {
		assertThat(statementsToDeleteParentWith(db, 10)).isEqualTo(statementsToDeleteParentWith(db, 10_000));
	}

	private static int statementsToDeleteParentWith(TestDatabase db, int children) {
		Parent parent = db.<Parent, Long>repo(Parent.class).save(new Parent("p" + children));
		List<Child> created = new ArrayList<>();
		for (int i = 0; i < children; i++) {
			created.add(new Child(parent));
		}
		db.repo(Child.class).bulkCreate(created);
		List<Toy> toys = new ArrayList<>();
		for (Child child : created) {
			toys.add(new Toy(child));
		}
		db.repo(Toy.class).bulkCreate(toys);
		return db.queries().count(() -> collector(db).delete(meta(db, Parent.class), List.of(parent.id)));
	}

	@DatabaseTest
	void explainReportsExactlyWhatDeleteDoesWithoutChangingAnything(TestDatabase db) {
		Parent parent = db.<Parent, Long>repo(Parent.class).save(new Parent("p"));
		Child child = db.<Child, Long>repo(Child.class).save(new Child(parent));
		db.repo(Toy.class).saveAll(List.of(new Toy(child), new Toy(child), new Toy(child)));
		db.repo(Guardian.class).save(new Guardian(child));

		DeletionPlan plan = collector(db).explain(meta(db, Parent.class), List.of(parent.id));

		assertThat(plan.deletes()).isEqualTo(Map.of("Parent", 1L, "Child", 1L, "Toy", 3L));
		assertThat(plan.updates()).isEqualTo(Map.of("Guardian.child", 1L));
		assertThat(count(db, Toy.class)).isEqualTo(3);
		DeleteResult result = collector(db).delete(meta(db, Parent.class), List.of(parent.id));
		assertThat(result.perModel()).isEqualTo(plan.deletes());
		assertThat(result.total()).isEqualTo(plan.total());
	}

	@DatabaseTest
	void aHandlerReplacesTheRelationsOnDelete(TestDatabase db) {
		Parent parent = db.<Parent, Long>repo(Parent.class).save(new Parent("p"));
		Child child = db.<Child, Long>repo(Child.class).save(new Child(parent));
		db.repo(Guardian.class).save(new Guardian(child));
		CovetRelations relations = db.build(builder -> builder.onDeleteHandler(Guardian.class, "child",
				(relation, guardians) -> guardians.delete()));

		DeletionPlan plan = relations.objects(Parent.class).filter("id", parent.id).explainDelete();
		assertThat(plan.updates()).isEqualTo(Map.of("Guardian.child (handler)", 1L));
		relations.objects(Parent.class).filter("id", parent.id).delete();

		assertThat(count(db, Guardian.class)).isZero();
	}

	@DatabaseTest
	void publishesDeleteEventsPerModelAndAListenerCanVeto(TestDatabase db) {
		Parent parent = db.<Parent, Long>repo(Parent.class).save(new Parent("p"));
		Child child = db.<Child, Long>repo(Child.class).save(new Child(parent));
		Toy toy = db.<Toy, Long>repo(Toy.class).save(new Toy(child));
		List<ModelDeleted> events = new ArrayList<>();
		CovetRelations listening = db.build(builder -> builder.eventListener(event -> events.add((ModelDeleted) event)));

		listening.objects(Parent.class).filter("id", parent.id).delete();

		assertThat(events).filteredOn(event -> event.action() == DeleteAction.POST_DELETE)
			.extracting(ModelDeleted::model, ModelDeleted::name, ModelDeleted::keys)
			.containsExactlyInAnyOrder(tuple(Parent.class, "Parent", Set.of(parent.id)),
					tuple(Child.class, "Child", Set.of(child.id)), tuple(Toy.class, "Toy", Set.of(toy.id)));

		Parent second = db.<Parent, Long>repo(Parent.class).save(new Parent("second"));
		CovetRelations vetoing = db.build(builder -> builder.eventListener(event -> {
			throw new IllegalStateException("no deletes today");
		}));
		assertThatThrownBy(() -> vetoing.objects(Parent.class).filter("id", second.id).delete())
			.hasMessageContaining("no deletes today");
		assertThat(count(db, Parent.class)).isEqualTo(1);
	}
}
