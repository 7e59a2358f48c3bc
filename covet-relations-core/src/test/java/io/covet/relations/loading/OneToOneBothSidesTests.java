package io.covet.relations.loading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedObject;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A one-to-one loaded from either side, by join or by prefetch, knows the way back without another statement, as
 * Django caches both sides of a one-to-one. Before (a probing helper's observation), only a prefetch of the reverse
 * side did: after {@code selectRelated("bio")} or either load of the forward side, reading back raised
 * {@code StrictLoadingException} in strict mode.
 */
@Models({ OneToOneBothSidesTests.Writer.class, OneToOneBothSidesTests.Bio.class })
class OneToOneBothSidesTests {

	@Model(table = "obs_writer")
	static class Writer {
		@Id
		Long id;
		String name;
		RelatedObject<Bio> bio = RelatedObject.unbound();
	}

	@Model(table = "obs_bio")
	static class Bio {
		@Id
		Long id;
		String text;
		@OneToOne(relatedName = "bio")
		Ref<Writer> writer = Ref.none();
	}

	private static void seed(TestDatabase db) {
		for (String name : List.of("Ann", "Bob")) {
			Writer writer = new Writer();
			writer.name = name;
			db.relations().repository(Writer.class).save(writer);
			Bio bio = new Bio();
			bio.text = "about " + name;
			bio.writer = Ref.to(writer);
			db.relations().repository(Bio.class).save(bio);
		}
	}

	@DatabaseTest
	void fromTheWriterSideTheBioKnowsItsWriter(TestDatabase db) {
		seed(db);
		CovetRelations strict = db.strict();
		for (List<Writer> writers : List.of(strict.objects(Writer.class).selectRelated("bio").orderBy("name").list(),
				strict.objects(Writer.class).prefetchRelated("bio").orderBy("name").list())) {
			Writer ann = writers.get(0);
			db.queries().reset();
			assertThat(ann.bio.get().writer.get()).isSameAs(ann);
			assertThat(db.queries().total()).isZero();
		}
	}

	@DatabaseTest
	void fromTheBioSideTheWriterKnowsItsBio(TestDatabase db) {
		seed(db);
		CovetRelations strict = db.strict();
		for (List<Bio> bios : List.of(strict.objects(Bio.class).selectRelated("writer").orderBy("text").list(),
				strict.objects(Bio.class).prefetchRelated("writer").orderBy("text").list())) {
			Bio bio = bios.get(0);
			db.queries().reset();
			assertThat(bio.writer.get().bio.get()).isSameAs(bio);
			assertThat(db.queries().total()).isZero();
		}
	}
}
