package io.covet.relations.contenttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/** What a generic key's two columns hold when the row is saved. */
@Models({ GenericKeyColumnTests.Page.class, GenericKeyColumnTests.Vote.class, GenericKeyColumnTests.Pin.class })
class GenericKeyColumnTests {

	@Model(table = "gkc_page")
	static class Page {
		@Id
		Long id;
		String title;
	}

	/** Keys stored in an Integer column. */
	@Model(table = "gkc_vote")
	static class Vote {
		@Id
		Long id;
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		Integer objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();
	}

	@Model(table = "gkc_pin")
	static class Pin {
		@Id
		Long id;
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();
	}

	/** Keys stored in a Short column: not a type a stored key is written as. */
	@Model(table = "gkc_badge")
	static class Badge {
		@Id
		Long id;
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		Short objectId;
		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();
	}

	/**
	 * Before (a review), a Short column was accepted, and every save of a generic key then failed with an untyped
	 * IllegalArgumentException from reflection (a Long set into a Short field).
	 */
	@Test
	void aKeyColumnOfAnotherTypeThanStringLongOrIntegerIsRefused() {
		assertThatThrownBy(() -> ModelRegistry.of(Page.class, Badge.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("idField 'objectId' must name a String, Long or Integer column")
			.hasMessageContaining("not Short");
	}

	private static Page page(TestDatabase db, Long id, String title) {
		Page page = new Page();
		page.id = id;
		page.title = title;
		db.relations().repository(Page.class).save(page);
		return page;
	}

	/** Before, the key was truncated to an int: 5,000,000,000 was stored as 705,032,704, another page's key. */
	@DatabaseTest
	void aKeyTooLargeForAnIntegerColumnIsRefusedNotTruncated(TestDatabase db) {
		Page big = page(db, 5_000_000_000L, "big");
		page(db, 705_032_704L, "small");
		Vote vote = new Vote();
		vote.target = GenericRef.to(big);
		assertThatThrownBy(() -> db.relations().repository(Vote.class).save(vote)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("cannot hold the key 5000000000");
		assertThat(db.rows("gkc_vote")).isZero();

		Vote fits = new Vote();
		fits.target = GenericRef.to(page(db, 42L, "fits"));
		db.relations().repository(Vote.class).save(fits);
		assertThat(((Page) db.relations().objects(Vote.class).get().target.fetch()).title).isEqualTo("fits");
	}

	/**
	 * The columns of a row read from the database are the row's: a caller who sets them directly saves what they set,
	 * however the row was read. Before, a row read with {@code prefetchRelated("target")} wrote its loaded object's key
	 * back over the caller's.
	 */
	@DatabaseTest
	void columnsSetDirectlyAreSavedAlsoAfterAPrefetch(TestDatabase db) {
		Page first = page(db, null, "first");
		Page second = page(db, null, "second");
		Pin pin = new Pin();
		pin.target = GenericRef.to(first);
		db.relations().repository(Pin.class).save(pin);

		Pin prefetched = db.relations().objects(Pin.class).prefetchRelated("target").get();
		prefetched.objectId = second.id.toString();
		db.relations().repository(Pin.class).save(prefetched);
		assertThat(((Page) db.relations().objects(Pin.class).get().target.fetch()).title).isEqualTo("second");

		Pin plain = db.relations().objects(Pin.class).get();
		plain.objectId = first.id.toString();
		db.relations().repository(Pin.class).save(plain);
		assertThat(((Page) db.relations().objects(Pin.class).get().target.fetch()).title).isEqualTo("first");

		// Assigning an object still sets both columns.
		Pin reassigned = db.relations().objects(Pin.class).prefetchRelated("target").get();
		reassigned.target = GenericRef.to(second);
		db.relations().repository(Pin.class).save(reassigned);
		assertThat(db.jdbc().queryForObject("SELECT object_id FROM gkc_pin", String.class)).isEqualTo(second.id.toString());
	}
}
