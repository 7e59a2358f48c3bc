package io.covet.relations.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * A foreign key whose {@code toField} is a unique {@code byte[]} column. Each key read from a row is a new array, and
 * arrays are equal only to themselves: before, a forward prefetch loaded every reference as pointing at nothing, a
 * reverse prefetch gave every owner an empty list, and {@code remove} refused a child that was related. Keys now
 * match by their bytes. MariaDB cannot reference a BLOB column with a foreign key, so the test runs on SQLite and
 * PostgreSQL.
 */
class BinaryKeyRelationsTests {

	@Model(table = "bkr_blob")
	static class Blob {
		@Id
		Long id;
		String name;
		@Column(unique = true, length = 16)
		byte[] hash;
		RelatedManager<Note> notes = RelatedManager.unbound();
	}

	@Model(table = "bkr_note")
	static class Note {
		@Id
		Long id;
		String text;
		@ForeignKey(relatedName = "notes", toField = "hash", nullable = true)
		Ref<Blob> blob = Ref.none();
	}

	@DatabaseTest
	void prefetchesAndRemoveMatchBinaryKeysByTheirBytes(TestDatabase db) {
		if (db.is(TestTarget.MARIADB)) {
			return;
		}
		CovetRelations relations = db.build(builder -> builder.models(Blob.class, Note.class));
		relations.schema().createTables(Blob.class, Note.class);
		try {
			prefetchAndRemove(relations);
		}
		finally {
			relations.schema().dropTables(Note.class, Blob.class);
		}
	}

	private static void prefetchAndRemove(CovetRelations relations) {
		Blob first = blob(relations, "first", new byte[] { 1, 2 });
		Blob second = blob(relations, "second", new byte[] { 3, 4 });
		note(relations, "a", first);
		note(relations, "b", first);
		note(relations, "c", second);
		note(relations, "d", null);

		List<Note> notes = relations.objects(Note.class).orderBy("text").prefetchRelated("blob").list();
		assertThat(notes).extracting(BinaryKeyRelationsTests::blobName).containsExactly("first", "first", "second", "none");
		assertThat(notes.get(0).blob.get()).isSameAs(notes.get(1).blob.get());

		List<Blob> blobs = relations.objects(Blob.class).orderBy("name").prefetchRelated("notes").list();
		assertThat(blobs.get(0).notes.all()).extracting(note -> note.text).containsExactlyInAnyOrder("a", "b");
		assertThat(blobs.get(1).notes.all()).extracting(note -> note.text).containsExactly("c");
		assertThat(blobs.get(0).notes.all().get(0).blob.get()).isSameAs(blobs.get(0));

		Blob owner = relations.objects(Blob.class).get("name", "first");
		owner.notes.remove(relations.objects(Note.class).get("text", "a"));
		assertThat(relations.objects(Note.class).get("text", "a").blob.isNull()).isTrue();
		assertThat(owner.notes.count()).isEqualTo(1);
	}

	private static String blobName(Note note) {
		if (note.blob.isNull()) {
			return "none";
		}
		return (note.blob.get() != null) ? note.blob.get().name : "dangling";
	}

	private static Blob blob(CovetRelations relations, String name, byte[] hash) {
		Blob blob = new Blob();
		blob.name = name;
		blob.hash = hash;
		relations.repository(Blob.class).save(blob);
		return blob;
	}

	private static void note(CovetRelations relations, String text, Blob blob) {
		Note note = new Note();
		note.text = text;
		note.blob = (blob != null) ? Ref.to(blob) : Ref.none();
		relations.repository(Note.class).save(note);
	}
}
