package io.covet.relations.deletion;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * The plan counts a row reached by two cascading paths once, as the delete removes it once, and reports no update
 * of a row the delete removes. Before (found by a probing helper), rows deleted by foreign key without being read were
 * counted once per path, and a SET_NULL through another path was reported for them. The delete itself also wrote
 * such updates to rows it was about to remove; it now removes them first, as Django's fast deletes run before its
 * field updates.
 */
@Models({ PlanMatchesDeleteTests.Writer.class, PlanMatchesDeleteTests.Novel.class, PlanMatchesDeleteTests.Review.class,
		PlanMatchesDeleteTests.Quote.class, PlanMatchesDeleteTests.Excerpt.class })
class PlanMatchesDeleteTests {

	@Model(table = "pmd_writer")
	static class Writer {
		@Id
		Long id;
		String name;
	}

	@Model(table = "pmd_novel")
	static class Novel {
		@Id
		Long id;
		@ForeignKey(relatedName = "novels", onDelete = OnDelete.CASCADE)
		Ref<Writer> writer = Ref.none();
	}

	/** Reached from the writer twice: directly and through the novel. */
	@Model(table = "pmd_review")
	static class Review {
		@Id
		Long id;
		@ForeignKey(relatedName = "reviews", onDelete = OnDelete.CASCADE)
		Ref<Writer> writer = Ref.none();
		@ForeignKey(relatedName = "reviews", onDelete = OnDelete.CASCADE)
		Ref<Novel> novel = Ref.none();
	}

	/** Deleted with the writer, and set to null with the novel. */
	@Model(table = "pmd_quote")
	static class Quote {
		@Id
		Long id;
		@ForeignKey(relatedName = "quotes", onDelete = OnDelete.CASCADE)
		Ref<Writer> writer = Ref.none();
		@ForeignKey(relatedName = "quotes", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Novel> novel = Ref.none();
	}

	/**
	 * Deleted with the writer, and re-pointed at a novel that does not exist with the novel: an update that could only
	 * fail, so the delete succeeds only if it leaves the rows it removes alone.
	 */
	@Model(table = "pmd_excerpt")
	static class Excerpt {
		@Id
		Long id;
		@ForeignKey(relatedName = "excerpts", onDelete = OnDelete.CASCADE)
		Ref<Writer> writer = Ref.none();
		@ForeignKey(relatedName = "excerpts", nullable = true, onDelete = OnDelete.SET, onDeleteValue = "999999")
		Ref<Novel> novel = Ref.none();
	}

	/** Before, the update ran first and failed on the foreign key, so the writer could not be deleted at all. */
	@DatabaseTest
	void aRowTheDeleteRemovesIsNotUpdatedFirst(TestDatabase db) {
		Writer bob = new Writer();
		bob.name = "Bob";
		db.relations().repository(Writer.class).save(bob);
		Novel novel = new Novel();
		novel.writer = Ref.to(bob);
		db.relations().repository(Novel.class).save(novel);
		Excerpt excerpt = new Excerpt();
		excerpt.writer = Ref.to(bob);
		excerpt.novel = Ref.to(novel);
		db.relations().repository(Excerpt.class).save(excerpt);

		DeleteResult result = db.relations().objects(Writer.class).filter("name", "Bob").delete();

		assertThat(result.perModel()).containsEntry("Excerpt", 1L).containsEntry("Novel", 1L).containsEntry("Writer", 1L);
		assertThat(db.rows("pmd_excerpt") + db.rows("pmd_novel") + db.rows("pmd_writer")).isZero();
	}

	@DatabaseTest
	void aRowReachedByTwoPathsIsPlannedOnceAndNotUpdated(TestDatabase db) {
		Writer ann = new Writer();
		ann.name = "Ann";
		db.relations().repository(Writer.class).save(ann);
		Novel novel = new Novel();
		novel.writer = Ref.to(ann);
		db.relations().repository(Novel.class).save(novel);
		Review review = new Review();
		review.writer = Ref.to(ann);
		review.novel = Ref.to(novel);
		db.relations().repository(Review.class).save(review);
		Quote quote = new Quote();
		quote.writer = Ref.to(ann);
		quote.novel = Ref.to(novel);
		db.relations().repository(Quote.class).save(quote);

		DeletionPlan plan = db.relations().objects(Writer.class).filter("name", "Ann").explainDelete();
		assertThat(plan.deletes()).containsEntry("Review", 1L).containsEntry("Quote", 1L);
		assertThat(plan.updates()).isEmpty();
		DeleteResult result = db.relations().objects(Writer.class).filter("name", "Ann").delete();
		assertThat(result.perModel()).isEqualTo(plan.deletes());
		assertThat(db.rows("pmd_review") + db.rows("pmd_quote") + db.rows("pmd_novel")).isZero();
	}
}
