package io.covet.relations.contenttype;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A caller may list {@link ContentType} among its models, as a generic key's {@code Ref<ContentType>} invites. Before
 * (found by a probing helper), the table then lost its unique (namespace, model) pair: the first save of a generic
 * key failed on SQLite and PostgreSQL (the insert's conflict clause named no unique key), and MariaDB allowed
 * duplicate content types.
 */
@Models({ ContentTypeRegisteredByCallerTests.Pin.class, ContentType.class })
class ContentTypeRegisteredByCallerTests {

	@Model(table = "ctr_pin")
	static class Pin {
		@Id
		Long id;
		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();
		String objectId;
		@GenericForeignKey
		GenericRef target = GenericRef.none();
	}

	@DatabaseTest
	void theTableKeepsItsUniquePairAndAGenericKeySaves(TestDatabase db) {
		List<String> ddl = db.relations().schema().createStatements(List.of(db.relations().meta(ContentType.class)));
		assertThat(String.join(" ", ddl)).containsIgnoringCase("UNIQUE");

		Pin other = new Pin();
		db.relations().repository(Pin.class).save(other);
		Pin pin = new Pin();
		pin.target = GenericRef.to(other);
		db.relations().repository(Pin.class).save(pin);

		assertThat(db.relations().objects(Pin.class).prefetchRelated("target").filter("pk", pin.id).get().target.get()).isInstanceOfSatisfying(Pin.class,
				found -> assertThat(found.id).isEqualTo(other.id));
	}
}
