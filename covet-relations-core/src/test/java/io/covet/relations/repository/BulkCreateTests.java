package io.covet.relations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.springframework.dao.DuplicateKeyException;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * {@code bulkCreate} writes each instance as {@code save()} would (found broken by a probing helper): through a base
 * model's repository, a subclass's own columns and table were dropped; and a generated key the caller had set was
 * replaced by a new one, duplicating a saved instance's row.
 */
@Models({ BulkCreateTests.Venue.class, BulkCreateTests.Bar.class, BulkCreateTests.Pet.class, BulkCreateTests.Dog.class,
		BulkCreateTests.Tag.class })
class BulkCreateTests {

	@Model(table = "bc_venue")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Venue {
		@Id
		Long id;
		String name;
	}

	@Model(table = "bc_bar")
	static class Bar extends Venue {
		Boolean pizza;
	}

	@Model(table = "bc_pet")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Pet {
		@Id
		Long id;
		String name;
	}

	@Model
	static class Dog extends Pet {
		Boolean barks;
	}

	@Model(table = "bc_tag")
	static class Tag {
		@Id
		Long id;
		String name;

		Tag() {
		}

		Tag(String name) {
			this.name = name;
		}
	}

	@DatabaseTest
	void subclassesThroughTheBaseRepositoryKeepTheirOwnColumns(TestDatabase db) {
		Bar bar = new Bar();
		bar.name = "corner";
		bar.pizza = true;
		Venue hall = new Venue();
		hall.name = "hall";
		db.repo(Venue.class).bulkCreate(List.of(hall, bar));
		assertThat(db.relations().objects(Bar.class).get("pk", bar.id).pizza).isTrue();
		assertThat(db.rows("bc_venue")).isEqualTo(2);

		Dog rex = new Dog();
		rex.name = "Rex";
		rex.barks = true;
		db.repo(Pet.class).bulkCreate(List.of(rex));
		assertThat(db.relations().objects(Dog.class).get("pk", rex.id).barks).isTrue();
	}

	@DatabaseTest
	void aKeyTheCallerSetIsInsertedAsGiven(TestDatabase db) {
		Tag fresh = new Tag("fresh");
		Tag preset = new Tag("preset");
		preset.id = 5_000L;
		db.repo(Tag.class).bulkCreate(List.of(fresh, preset));
		assertThat(preset.id).isEqualTo(5_000L);
		assertThat(db.relations().objects(Tag.class).get("pk", 5_000L).name).isEqualTo("preset");

		assertThatThrownBy(() -> db.repo(Tag.class).bulkCreate(List.of(fresh))).isInstanceOf(DuplicateKeyException.class);
		assertThat(db.rows("bc_tag")).isEqualTo(2);
	}

	/**
	 * Keys set by the caller go in before the generated ones, as Django orders them: where the counter moves past
	 * explicit keys (SQLite, MariaDB), a fresh row then cannot take a key that a later row of the same call names.
	 * PostgreSQL's sequence ignores explicit keys, so there (as in Django) such a mix can still collide.
	 */
	@DatabaseTest
	void setKeysGoInBeforeGeneratedOnes(TestDatabase db) {
		if (db.is(io.covet.relations.testing.TestTarget.POSTGRESQL)) {
			return;
		}
		Tag keyed = new Tag("keyed");
		keyed.id = 1L;
		Tag fresh = new Tag("fresh");
		db.repo(Tag.class).bulkCreate(List.of(keyed, fresh));
		assertThat(keyed.id).isEqualTo(1L);
		assertThat(fresh.id).isGreaterThan(1L);
		assertThat(db.rows("bc_tag")).isEqualTo(2);
	}
}
