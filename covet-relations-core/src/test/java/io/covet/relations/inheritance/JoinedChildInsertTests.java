package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.Races;
import io.covet.relations.testing.TestDatabase;

/**
 * A new multi-table child's row is inserted, not first looked for with an UPDATE, once its parent's row was inserted
 * (Django's {@code force_insert} of a new parent's child). Before (found by a probing helper), the UPDATE of the missing
 * key locked the gap where the row goes on MariaDB, and concurrent saves of new children deadlocked each other.
 */
@Models({ JoinedChildInsertTests.Vehicle.class, JoinedChildInsertTests.Truck.class })
class JoinedChildInsertTests {

	@Model(table = "jci_vehicle")
	@Inheritance(Inheritance.Strategy.JOINED)
	static class Vehicle {
		@Id
		Long id;
		String name;
	}

	@Model(table = "jci_truck")
	static class Truck extends Vehicle {
		@Column(unique = true)
		String plate;
	}

	private static Truck truck(String plate) {
		Truck truck = new Truck();
		truck.name = "truck " + plate;
		truck.plate = plate;
		return truck;
	}

	@DatabaseTest
	void aNewChildTakesTwoInsertsAndAnExistingOneTwoUpdates(TestDatabase db) {
		Truck truck = truck("A-1");
		List<String> inserting = db.queries().record(() -> db.relations().repository(Truck.class).save(truck));
		assertThat(inserting).hasSize(2).allSatisfy(sql -> assertThat(sql).startsWith("INSERT"));

		truck.plate = "A-2";
		List<String> updating = db.queries().record(() -> db.relations().repository(Truck.class).save(truck));
		assertThat(updating).hasSize(2).allSatisfy(sql -> assertThat(sql).startsWith("UPDATE"));
		assertThat(db.relations().objects(Truck.class).get().plate).isEqualTo("A-2");
	}

	@DatabaseTest
	void concurrentSavesOfNewChildrenAllSucceed(TestDatabase db) throws Exception {
		for (int round = 0; round < 10; round++) {
			int r = round;
			assertThat(Races.atOnce(4, thread -> db.relations().repository(Truck.class).save(truck(r + "-" + thread))))
				.as("round %d", round)
				.isEmpty();
		}
		assertThat(db.rows("jci_truck")).isEqualTo(40);
		assertThat(db.rows("jci_vehicle")).isEqualTo(40);
	}
}
