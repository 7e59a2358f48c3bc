package io.covet.relations.manager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.query.Q;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * What the managers do with objects whose key the application assigns, with null arguments and with long key lists,
 * on models whose key is text set by the caller (a {@code Sku}'s code), so that an object can have a key without a
 * row.
 */
@Models({ ManagerArgumentTests.Shelf.class, ManagerArgumentTests.Sku.class, ManagerArgumentTests.Label.class })
class ManagerArgumentTests {

	@Model(table = "mat_shelf")
	static class Shelf {
		@Id
		Long id;
		String name;
		RelatedManager<Sku> skus = RelatedManager.unbound();
		@GenericRelation(Sku.class)
		RelatedManager<Sku> tagged = RelatedManager.unbound();
		@ManyToMany(relatedName = "shelves", table = "mat_shelf_label")
		ManyRelatedManager<Label> labels = ManyRelatedManager.unbound();
	}

	@Model(table = "mat_sku")
	static class Sku {
		@Id
		String code;
		@ForeignKey(relatedName = "skus", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Shelf> shelf = Ref.none();
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();

		Sku() {
		}

		Sku(String code) {
			this.code = code;
		}
	}

	@Model(table = "mat_label")
	static class Label {
		@Id
		Long id;
		String name;
	}

	private static Shelf shelf(TestDatabase db, String name) {
		Shelf shelf = new Shelf();
		shelf.name = name;
		return db.<Shelf, Long>repo(Shelf.class).save(shelf);
	}

	private static Sku stored(TestDatabase db, String code) {
		return db.<Sku, String>repo(Sku.class).save(new Sku(code));
	}

	/**
	 * An object whose key is set but that was never inserted has no row to point at the owner: {@code add} and
	 * {@code set} refuse it, naming its key, and change nothing (not the saved objects of the same call, not the
	 * objects' references in memory). Before, the UPDATE matched no row and the call returned, with the unsaved
	 * object's reference pointing at the owner.
	 */
	@DatabaseTest
	void aReverseManagerRefusesAnObjectThatHasNoRow(TestDatabase db) {
		Shelf shelf = shelf(db, "a");
		Sku saved = stored(db, "S-1");
		Sku never = new Sku("X-1");
		assertThatThrownBy(() -> shelf.skus.add(saved, never)).isInstanceOf(UnsavedInstanceException.class)
			.hasMessageContaining("X-1")
			.hasMessageNotContaining("S-1");
		assertThatThrownBy(() -> shelf.skus.set(List.of(saved, never))).isInstanceOf(UnsavedInstanceException.class)
			.hasMessageContaining("X-1");
		assertThat(saved.shelf.isNull()).isTrue();
		assertThat(never.shelf.isNull()).isTrue();
		assertThat(shelf.skus.count()).isZero();

		// Objects already related, or named twice, have their rows: the count of rows matched is not fooled.
		shelf.skus.add(saved);
		shelf.skus.add(saved, saved);
		shelf.skus.set(List.of(saved));
		assertThat(shelf.skus.all()).extracting(s -> s.code).containsExactly("S-1");
	}

	@DatabaseTest
	void aGenericRelationRefusesAnObjectThatHasNoRow(TestDatabase db) {
		Shelf shelf = shelf(db, "a");
		Sku saved = stored(db, "S-1");
		Sku never = new Sku("X-1");
		assertThatThrownBy(() -> shelf.tagged.add(saved, never)).isInstanceOf(UnsavedInstanceException.class)
			.hasMessageContaining("X-1")
			.hasMessageNotContaining("S-1");
		assertThatThrownBy(() -> shelf.tagged.set(List.of(saved, never))).isInstanceOf(UnsavedInstanceException.class)
			.hasMessageContaining("X-1");
		assertThat(saved.target.isNull()).isTrue();
		assertThat(never.target.isNull()).isTrue();
		assertThat(shelf.tagged.count()).isZero();

		shelf.tagged.add(saved);
		shelf.tagged.add(saved, saved);
		shelf.tagged.set(List.of(saved));
		assertThat(shelf.tagged.all()).extracting(s -> s.code).containsExactly("S-1");
	}

	/**
	 * Null arguments are typed errors before any SQL, and a null map of defaults or through defaults means none, as
	 * Django's {@code defaults=None} and {@code through_defaults=None}. Before, some were raw NullPointerExceptions,
	 * and a null {@code defaults} failed only once the lookup found no row, after the SELECT had run.
	 */
	@DatabaseTest
	void nullArgumentsAreTypedErrorsOrMeanNone(TestDatabase db) {
		Shelf shelf = shelf(db, "a");
		assertThatThrownBy(() -> shelf.skus.add((Sku) null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> shelf.skus.add((Sku[]) null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> shelf.skus.remove((Sku) null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> shelf.skus.set(null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> shelf.tagged.add((Sku) null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> shelf.tagged.add((Sku[]) null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> shelf.tagged.remove((Sku) null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> shelf.tagged.set(null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> shelf.labels.create(null)).isInstanceOf(InvalidValueException.class);
		CovetRepository<Sku, String> skus = db.repo(Sku.class);
		assertThatThrownBy(() -> skus.objects().inBulk(null)).isInstanceOf(InvalidValueException.class);
		assertThatThrownBy(() -> skus.objects().getOrCreate(null, Map.of())).isInstanceOf(InvalidValueException.class);

		assertThat(skus.objects().getOrCreate(Map.of("code", "N-1"), null).created()).isTrue();
		assertThat(skus.objects().getOrCreate(Map.of("code", "N-1"), null).created()).isFalse();
		assertThat(shelf.skus.getOrCreate(Map.of("code", "N-2"), null).created()).isTrue();
		assertThat(shelf.tagged.getOrCreate(Map.of("code", "N-3"), null).created()).isTrue();
		assertThat(shelf.skus.all()).extracting(s -> s.code).containsExactly("N-2");
		assertThat(shelf.tagged.all()).extracting(s -> s.code).containsExactly("N-3");

		CovetRepository<Label, Long> labels = db.repo(Label.class);
		Label red = labels.save(new Label());
		Label blue = labels.save(new Label());
		shelf.labels.add(List.of(red), null);
		shelf.labels.set(List.of(red, blue), false, null);
		Label green = shelf.labels.create(new Label(), null);
		shelf.labels.set(List.of(green), true, null);
		assertThat(shelf.labels.all()).extracting(l -> l.id).containsExactly(green.id);
	}

	/**
	 * A generic relation's {@code add} updates its rows one key chunk at a time, as a reverse manager's does; before,
	 * it sent every key in one statement, which a list longer than the dialect's cap could not pass.
	 */
	@DatabaseTest
	void aGenericRelationAddsInKeyChunks(TestDatabase db) {
		CovetRelations small = db.build(builder -> builder.inListChunkSize(2));
		shelf(db, "a");
		List<Sku> many = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			many.add(stored(db, "C-" + i));
		}
		Shelf shelf = small.objects(Shelf.class).get();
		int chunk = Math.min(small.context().keyChunkSize(String.class), many.size());
		List<String> statements = db.queries().record(() -> shelf.tagged.add(many.toArray(Sku[]::new)));
		assertThat(statements.stream().filter(sql -> sql.startsWith("UPDATE")))
			.hasSize((many.size() + chunk - 1) / chunk);
		assertThat(shelf.tagged.count()).isEqualTo(5);
	}

	/** The repository excludes by a {@link Q}, as it filters by one. */
	@DatabaseTest
	void theRepositoryExcludesByACondition(TestDatabase db) {
		stored(db, "S-1");
		stored(db, "S-2");
		stored(db, "S-3");
		CovetRepository<Sku, String> skus = db.repo(Sku.class);
		assertThat(skus.exclude(Q.of("code", "S-1").or(Q.of("code", "S-3"))).list()).extracting(s -> s.code)
			.containsExactly("S-2");
	}
}
