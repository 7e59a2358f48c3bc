package io.covet.relations.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.exception.ProtectedError;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A foreign key declared with {@code relatedName = "+"} has no reverse accessor and is not offered as a name, but
 * deleting its target still applies its {@code onDelete}, as in Django: before, the collector did not see it
 * and the delete failed on the database's constraint.
 */
@Models({ HiddenRelationTests.Owner.class, HiddenRelationTests.Pin.class, HiddenRelationTests.Seal.class })
class HiddenRelationTests {

	@DatabaseTest
	void deletingTheTargetCascadesThroughAHiddenRelation(TestDatabase db) {
		Owner kept = db.<Owner, Long>repo(Owner.class).save(new Owner());
		Owner gone = db.<Owner, Long>repo(Owner.class).save(new Owner());
		db.repo(Pin.class).saveAll(java.util.List.of(new Pin(gone), new Pin(gone), new Pin(kept)));

		assertThat(db.repo(Owner.class).filter("id", gone.id).delete().perModel()).containsEntry("Owner", 1L)
			.containsEntry("Pin", 2L);
		assertThat(db.repo(Pin.class).count()).isEqualTo(1);
	}

	@DatabaseTest
	void aHiddenProtectRefusesTheDelete(TestDatabase db) {
		Owner owner = db.<Owner, Long>repo(Owner.class).save(new Owner());
		Seal seal = new Seal();
		seal.owner = Ref.to(owner);
		db.repo(Seal.class).save(seal);

		assertThatThrownBy(() -> db.repo(Owner.class).filter("id", owner.id).delete()).isInstanceOf(ProtectedError.class)
			.hasMessageContaining("Seal.owner");
		assertThat(db.repo(Owner.class).count()).isEqualTo(1);
	}

	@DatabaseTest
	void aHiddenRelationIsNotOfferedAsAName(TestDatabase db) {
		assertThat(db.relations().meta(Owner.class).queryableNames()).containsExactly("id");
	}

	@Model(table = "h_owner")
	static class Owner {

		@Id
		Long id;
	}

	@Model(table = "h_pin")
	static class Pin {

		@Id
		Long id;

		@ForeignKey(relatedName = "+", onDelete = OnDelete.CASCADE)
		Ref<Owner> owner = Ref.none();

		Pin() {
		}

		Pin(Owner owner) {
			this.owner = Ref.to(owner);
		}
	}

	@Model(table = "h_seal")
	static class Seal {

		@Id
		Long id;

		@ForeignKey(relatedName = "+", onDelete = OnDelete.PROTECT)
		Ref<Owner> owner = Ref.none();
	}
}
