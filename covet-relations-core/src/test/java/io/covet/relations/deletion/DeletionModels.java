package io.covet.relations.deletion;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.Ref;

/** Models covering every on_delete behaviour, Django's RESTRICT example, cycles and a self-referential tree. */
final class DeletionModels {

	private DeletionModels() {
	}

	@Model(table = "d_parent")
	static class Parent {

		@Id
		Long id;

		String name;

		Parent() {
		}

		Parent(String name) {
			this.name = name;
		}
	}

	@Model(table = "d_child")
	static class Child {

		@Id
		Long id;

		@ForeignKey(relatedName = "children", onDelete = OnDelete.CASCADE)
		Ref<Parent> parent = Ref.none();

		Child() {
		}

		Child(Parent parent) {
			this.parent = Ref.to(parent);
		}
	}

	/** Nothing references it: deleted by foreign key without reading its keys. */
	@Model(table = "d_toy")
	static class Toy {

		@Id
		Long id;

		@ForeignKey(relatedName = "toys", onDelete = OnDelete.CASCADE)
		Ref<Child> child = Ref.none();

		Toy() {
		}

		Toy(Child child) {
			this.child = Ref.to(child);
		}
	}

	@Model(table = "d_guardian")
	static class Guardian {

		@Id
		Long id;

		@ForeignKey(relatedName = "guardians", onDelete = OnDelete.SET_NULL, nullable = true)
		Ref<Child> child = Ref.none();

		Guardian() {
		}

		Guardian(Child child) {
			this.child = Ref.to(child);
		}
	}

	@Model(table = "d_deed")
	static class Deed {

		@Id
		Long id;

		@ForeignKey(relatedName = "deeds", onDelete = OnDelete.PROTECT)
		Ref<Guardian> guardian = Ref.none();

		@ForeignKey(relatedName = "parentDeeds", onDelete = OnDelete.PROTECT, nullable = true)
		Ref<Parent> parent = Ref.none();

		Deed() {
		}

		static Deed of(Guardian guardian, Parent parent) {
			Deed deed = new Deed();
			deed.guardian = Ref.to(guardian);
			deed.parent = Ref.to(parent);
			return deed;
		}
	}

	@Model(table = "d_note")
	static class Note {

		@Id
		Long id;

		@ForeignKey(relatedName = "notes", onDelete = OnDelete.DO_NOTHING)
		Ref<Parent> parent = Ref.none();

		Note() {
		}

		Note(Parent parent) {
			this.parent = Ref.to(parent);
		}
	}

	@Model(table = "d_room")
	static class Room {

		@Id
		String code;

		Room() {
		}

		Room(String code) {
			this.code = code;
		}
	}

	@Model(table = "d_seat")
	static class Seat {

		@Id
		Long id;

		@ForeignKey(relatedName = "seats", onDelete = OnDelete.SET_DEFAULT, nullable = true)
		Ref<Room> room = Ref.id("hall");

		@ForeignKey(relatedName = "spares", onDelete = OnDelete.SET, onDeleteValue = "lobby", nullable = true)
		Ref<Room> spare = Ref.none();

		Seat() {
		}

		static Seat in(Room room, Room spare) {
			Seat seat = new Seat();
			seat.room = Ref.to(room);
			seat.spare = Ref.to(spare);
			return seat;
		}
	}

	// Django's documentation example for RESTRICT: Artist, Album (CASCADE), Song (artist CASCADE, album RESTRICT).

	@Model(table = "d_artist")
	static class Artist {

		@Id
		Long id;

		String name;

		Artist() {
		}

		Artist(String name) {
			this.name = name;
		}
	}

	@Model(table = "d_album")
	static class Album {

		@Id
		Long id;

		@ForeignKey(relatedName = "albums", onDelete = OnDelete.CASCADE)
		Ref<Artist> artist = Ref.none();

		Album() {
		}

		Album(Artist artist) {
			this.artist = Ref.to(artist);
		}
	}

	@Model(table = "d_song")
	static class Song {

		@Id
		Long id;

		@ForeignKey(relatedName = "songs", onDelete = OnDelete.CASCADE)
		Ref<Artist> artist = Ref.none();

		@ForeignKey(relatedName = "albumSongs", onDelete = OnDelete.RESTRICT)
		Ref<Album> album = Ref.none();

		Song() {
		}

		Song(Artist artist, Album album) {
			this.artist = Ref.to(artist);
			this.album = Ref.to(album);
		}
	}

	// The same example with PROTECT instead of RESTRICT: deleting the artist is refused.

	@Model(table = "d_band")
	static class Band {

		@Id
		Long id;
	}

	@Model(table = "d_record")
	static class Record {

		@Id
		Long id;

		@ForeignKey(relatedName = "records", onDelete = OnDelete.CASCADE)
		Ref<Band> band = Ref.none();
	}

	@Model(table = "d_track")
	static class Track {

		@Id
		Long id;

		@ForeignKey(relatedName = "tracks", onDelete = OnDelete.CASCADE)
		Ref<Band> band = Ref.none();

		@ForeignKey(relatedName = "recordTracks", onDelete = OnDelete.PROTECT)
		Ref<Record> record = Ref.none();
	}

	/** A self-referential tree. */
	@Model(table = "d_node")
	static class Node {

		@Id
		Long id;

		@ForeignKey(relatedName = "kids", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<Node> parent = Ref.none();

		Node() {
		}

		Node(Node parent) {
			this.parent = Ref.to(parent);
		}
	}

	/** Two models referencing each other: A.b -> B and B.a -> A, both cascading. */
	@Model(table = "d_cycle_a")
	static class CycleA {

		@Id
		Long id;

		@ForeignKey(relatedName = "as", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<CycleB> b = Ref.none();
	}

	@Model(table = "d_cycle_b")
	static class CycleB {

		@Id
		Long id;

		@ForeignKey(relatedName = "bs", onDelete = OnDelete.CASCADE, nullable = true)
		Ref<CycleA> a = Ref.none();
	}
}
