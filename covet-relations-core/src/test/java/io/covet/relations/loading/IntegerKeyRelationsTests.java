package io.covet.relations.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.query.Prefetch;
import io.covet.relations.query.QuerySet;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Relations between models with {@code Integer} keys. Prefetches and joins match rows to owners by reading the key
 * column as a {@code long} (no boxed key per row) and box each distinct key once, as an {@code Integer}: the objects,
 * references and key lists must come out as with {@code Long} keys.
 */
@Models({ IntegerKeyRelationsTests.Shelf.class, IntegerKeyRelationsTests.Volume.class, IntegerKeyRelationsTests.Topic.class })
class IntegerKeyRelationsTests {

	@Model(table = "ik_shelf")
	static class Shelf {

		@Id
		Integer id;

		String label;

		RelatedManager<Volume> volumes = RelatedManager.unbound();

		Shelf() {
		}

		Shelf(String label) {
			this.label = label;
		}
	}

	@Model(table = "ik_volume")
	static class Volume {

		@Id
		Integer id;

		String title;

		@ForeignKey(relatedName = "volumes", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Shelf> shelf = Ref.none();

		@ManyToMany(relatedName = "volumes")
		ManyRelatedManager<Topic> topics = ManyRelatedManager.unbound();

		Volume() {
		}

		Volume(String title, Shelf shelf) {
			this.title = title;
			this.shelf = (shelf != null) ? Ref.to(shelf) : Ref.none();
		}
	}

	@Model(table = "ik_topic")
	static class Topic {

		@Id
		Integer id;

		String name;

		ManyRelatedManager<Volume> volumes = ManyRelatedManager.unbound();

		Topic() {
		}

		Topic(String name) {
			this.name = name;
		}
	}

	/** Three shelves (the last empty), twelve volumes (every fourth on no shelf), each on two of four topics. */
	private static void seed(TestDatabase db) {
		List<Shelf> shelves = List.of(new Shelf("a"), new Shelf("b"), new Shelf("empty"));
		db.repo(Shelf.class).bulkCreate(shelves);
		List<Topic> topics = List.of(new Topic("t0"), new Topic("t1"), new Topic("t2"), new Topic("t3"));
		db.repo(Topic.class).bulkCreate(topics);
		List<Volume> volumes = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			volumes.add(new Volume("v" + i, (i % 4 == 3) ? null : shelves.get(i % 2)));
		}
		db.repo(Volume.class).bulkCreate(volumes);
		for (int i = 0; i < volumes.size(); i++) {
			volumes.get(i).topics.add(topics.get(i % 4), topics.get((i + 1) % 4));
		}
	}

	private static QuerySet<Volume> volumes(TestDatabase db) {
		return db.<Volume, Integer>repo(Volume.class).objects().orderBy("id");
	}

	private static QuerySet<Shelf> shelves(TestDatabase db) {
		return db.<Shelf, Integer>repo(Shelf.class).objects().orderBy("id");
	}

	@DatabaseTest
	void aReversePrefetchHandsEachOwnerItsChildrenAndTheChildrenTheirOwner(TestDatabase db) {
		seed(db);

		List<Shelf> shelves = db.queries().assertNumQueries(2, () -> shelves(db).prefetchRelated("volumes").list());

		assertThat(shelves.get(0).volumes.all()).extracting(volume -> volume.title)
			.containsExactlyInAnyOrder("v0", "v2", "v4", "v6", "v8", "v10");
		assertThat(shelves.get(1).volumes.all()).extracting(volume -> volume.title)
			.containsExactlyInAnyOrder("v1", "v5", "v9");
		assertThat(shelves.get(2).volumes.all()).isEmpty();
		for (Shelf shelf : shelves) {
			assertThat(shelf.volumes.all()).allSatisfy(volume -> {
				assertThat(volume.shelf.isLoaded()).isTrue();
				assertThat(volume.shelf.loadedTarget()).isSameAs(shelf);
				assertThat(volume.shelf.id()).isInstanceOf(Integer.class).isEqualTo(shelf.id);
			});
		}
	}

	@DatabaseTest
	void volumesOnOneShelfShareOneUnloadedReferenceWithAnIntegerKey(TestDatabase db) {
		seed(db);

		List<Volume> volumes = volumes(db).list();

		Ref<Shelf> first = volumes.get(0).shelf;
		assertThat(first.isLoaded()).isFalse();
		assertThat(first.id()).isInstanceOf(Integer.class);
		assertThat(volumes.get(2).shelf).isSameAs(first);
		assertThat(volumes.get(1).shelf).isNotSameAs(first);
		assertThat(volumes.get(1).shelf.id()).isInstanceOf(Integer.class).isNotEqualTo(first.id());
		assertThat(volumes.get(3).shelf.isNull()).isTrue();
		assertThat(first.fetch().label).isEqualTo("a");
	}

	@DatabaseTest
	void aJoinSharesEachShelfAndLeavesVolumesWithoutOneEmpty(TestDatabase db) {
		seed(db);

		List<Volume> volumes = db.queries().assertNumQueries(1, () -> volumes(db).selectRelated("shelf").list());

		assertThat(volumes).hasSize(12);
		assertThat(volumes.get(0).shelf.loadedTarget()).isSameAs(volumes.get(2).shelf.loadedTarget());
		assertThat(volumes.get(0).shelf.loadedTarget().label).isEqualTo("a");
		assertThat(volumes.get(1).shelf.loadedTarget().label).isEqualTo("b");
		assertThat(volumes.get(0).shelf.loadedTarget().id).isInstanceOf(Integer.class);
		assertThat(volumes.get(3).shelf.isNull()).isTrue();
		assertThat(volumes.get(3).shelf.loadedTarget()).isNull();
	}

	@DatabaseTest
	void aManyToManyPrefetchGivesTheSameTopicsByJoinAndLinksFirst(TestDatabase db) {
		seed(db);
		QuerySet<Topic> topicsByName = db.<Topic, Integer>repo(Topic.class).objects().orderBy("name");

		List<Volume> joined = db.queries()
			.assertNumQueries(2, () -> volumes(db).prefetchRelated(new Prefetch("topics", topicsByName)).list());
		List<Volume> linksFirst = db.queries()
			.assertNumQueries(3,
					() -> volumes(db).prefetchRelated(new Prefetch("topics", topicsByName).withLinksFirst()).list());

		for (List<Volume> read : List.of(joined, linksFirst)) {
			assertThat(read.get(0).topics.all()).extracting(topic -> topic.name).containsExactly("t0", "t1");
			assertThat(read.get(3).topics.all()).extracting(topic -> topic.name).containsExactly("t0", "t3");
			// One object per topic, shared by the volumes linked to it.
			assertThat(read.get(1).topics.all().get(0)).isSameAs(read.get(0).topics.all().get(1));
			assertThat(read.get(0).topics.all().get(0).id).isInstanceOf(Integer.class);
		}
		List<Topic> topics = topicsByName.prefetchRelated(new Prefetch("volumes", volumes(db)).withLinksFirst()).list();
		assertThat(topics.get(0).volumes.all()).extracting(volume -> volume.title)
			.containsExactly("v0", "v3", "v4", "v7", "v8", "v11");
	}
}
