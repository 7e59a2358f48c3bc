package io.covet.relations.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import io.covet.relations.CovetRelations;
import io.covet.relations.event.ModelDeleted;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class OperationObserverTests {

	/** Writes what it is told, one line per call, so the order of starts, rows, errors and stops shows. */
	private static final class Recorder implements OperationObserver {

		final List<String> calls = new ArrayList<>();

		@Override
		public OperationScope start(RelationOperation operation) {
			this.calls.add("start " + operation);
			return new OperationScope() {
				@Override
				public void rows(long rows) {
					Recorder.this.calls.add("rows " + rows);
				}

				@Override
				public void error(Throwable failure) {
					Recorder.this.calls.add("error " + failure.getMessage());
				}

				@Override
				public void stop() {
					Recorder.this.calls.add("stop");
				}
			};
		}
	}

	@DatabaseTest
	void eachPrefetchLevelIsOneOperationWithItsOwnersAndRows(TestDatabase db) {
		Author author = db.<Author, Long>repo(Author.class).save(new Author("a"));
		Book first = db.<Book, Long>repo(Book.class).save(new Book("one", author));
		db.<Book, Long>repo(Book.class).save(new Book("two", author));
		db.repo(Review.class).save(new Review(first, 5, "good"));
		Recorder recorder = new Recorder();
		CovetRelations observed = db.build(builder -> builder.operationObserver(recorder));

		observed.objects(Author.class).prefetchRelated("books__reviews").list();

		String dialect = db.dialect().name();
		assertThat(recorder.calls).containsExactly(
				"start " + new RelationOperation.Prefetch(dialect, "Author", "Author.books", 1), "rows 2", "stop",
				"start " + new RelationOperation.Prefetch(dialect, "Book", "Book.reviews", 2), "rows 1", "stop");
	}

	@DatabaseTest
	void aDeleteIsOneOperationCountingItsCascadedRows(TestDatabase db) {
		Author author = db.<Author, Long>repo(Author.class).save(new Author("a"));
		Book book = db.<Book, Long>repo(Book.class).save(new Book("one", author));
		db.repo(Review.class).save(new Review(book, 5, "good"));
		Recorder recorder = new Recorder();
		CovetRelations observed = db.build(builder -> builder.operationObserver(recorder));

		DeleteResult result = observed.objects(Author.class).delete();

		assertThat(result.total()).isEqualTo(3);
		assertThat(recorder.calls).containsExactly(
				"start " + new RelationOperation.Delete(db.dialect().name(), "Author", 1), "rows 3", "stop");
	}

	@DatabaseTest
	void aFailedDeleteReportsItsErrorAndStillStops(TestDatabase db) {
		db.<Author, Long>repo(Author.class).save(new Author("a"));
		Recorder recorder = new Recorder();
		CovetRelations observed = db.build(builder -> builder.operationObserver(recorder).eventListener(event -> {
			if (event instanceof ModelDeleted) {
				throw new IllegalStateException("vetoed");
			}
		}));

		assertThatThrownBy(() -> observed.objects(Author.class).delete()).hasMessage("vetoed");

		assertThat(recorder.calls).containsExactly(
				"start " + new RelationOperation.Delete(db.dialect().name(), "Author", 1), "error vetoed", "stop");
		assertThat(db.relations().objects(Author.class).count()).isEqualTo(1);
	}

	@DatabaseTest
	void observersStopInReverseOrderSoTheirScopesNest(TestDatabase db) {
		db.<Author, Long>repo(Author.class).save(new Author("a"));
		List<String> calls = new ArrayList<>();
		CovetRelations observed = db.build(builder -> builder.operationObserver(operation -> () -> calls.add("outer"))
			.operationObserver(operation -> () -> calls.add("inner")));

		observed.objects(Author.class).delete();

		assertThat(calls).containsExactly("inner", "outer");
	}

	/**
	 * Failing hooks do not lose what they should keep (both found by a probing helper): an observer that cannot start
	 * leaves no other observer's scope open, and a statement listener that throws after a failed statement leaves the
	 * statement's own failure in front, its own attached as suppressed.
	 */
	@DatabaseTest
	void failingHooksNeitherLeaveScopesOpenNorHideTheDatabasesError(TestDatabase db) {
		List<String> log = new ArrayList<>();
		OperationObserver first = operation -> new OperationScope() {
			@Override
			public void stop() {
				log.add("stop first");
			}
		};
		OperationObserver broken = operation -> {
			throw new IllegalStateException("observer cannot start");
		};
		CovetRelations observed = db.build(builder -> builder.operationObserver(first).operationObserver(broken));
		Author ann = observed.<Author, Long>repository(Author.class).save(new Author("Ann"));
		assertThatThrownBy(() -> observed.repository(Author.class).delete(ann)).hasMessageContaining("cannot start");
		assertThat(log).containsExactly("stop first");

		CovetRelations listened = db.build(builder -> builder.statementListener(event -> {
			if (event.failure() != null) {
				throw new IllegalStateException("listener broke");
			}
		}));
		assertThatThrownBy(() -> listened.objects(Book.class).create(java.util.Map.of("title", "orphan", "author", 987_654L)))
			.isInstanceOf(org.springframework.dao.DataIntegrityViolationException.class)
			.satisfies(failure -> assertThat(failure.getSuppressed()).extracting(Throwable::getMessage)
				.containsExactly("listener broke"));
	}

	/**
	 * A scope whose error() or stop() throws neither replaces the operation's failure nor leaves other scopes untold or
	 * open (found by review): before, the first scope's throwing error() replaced the veto, and a throwing stop() left
	 * the outer scope open.
	 */
	@DatabaseTest
	void aScopeThatThrowsNeitherHidesTheFailureNorLeavesOtherScopesOpen(TestDatabase db) {
		db.<Author, Long>repo(Author.class).save(new Author("a"));
		List<String> calls = new ArrayList<>();
		OperationObserver outer = operation -> new OperationScope() {
			@Override
			public void error(Throwable failure) {
				calls.add("outer error " + failure.getMessage());
				throw new IllegalStateException("outer cannot report");
			}

			@Override
			public void stop() {
				calls.add("outer stopped");
			}
		};
		OperationObserver inner = operation -> new OperationScope() {
			@Override
			public void error(Throwable failure) {
				calls.add("inner error " + failure.getMessage());
			}

			@Override
			public void stop() {
				calls.add("inner stopping");
				throw new IllegalStateException("inner cannot stop");
			}
		};
		CovetRelations observed = db.build(builder -> builder.operationObserver(outer).operationObserver(inner)
			.eventListener(event -> {
				if (event instanceof ModelDeleted) {
					throw new IllegalStateException("vetoed");
				}
			}));

		assertThatThrownBy(() -> observed.objects(Author.class).delete()).hasMessage("vetoed")
			.satisfies(failure -> assertThat(failure.getSuppressed()).extracting(Throwable::getMessage)
				.containsExactly("outer cannot report", "inner cannot stop"));

		assertThat(calls).containsExactly("outer error vetoed", "inner error vetoed", "inner stopping", "outer stopped");
		assertThat(db.relations().objects(Author.class).count()).isEqualTo(1);
	}

	/**
	 * A scope that throws after the operation succeeded does not report the committed change as failed (found by
	 * review): before, the caller got the scope's exception for a delete that had committed.
	 */
	@DatabaseTest
	void aScopeThatThrowsAfterACommittedDeleteDoesNotFailIt(TestDatabase db) {
		db.<Author, Long>repo(Author.class).save(new Author("a"));
		List<String> calls = new ArrayList<>();
		OperationObserver outer = operation -> () -> calls.add("outer stopped");
		OperationObserver inner = operation -> new OperationScope() {
			@Override
			public void rows(long rows) {
				throw new IllegalStateException("cannot count");
			}

			@Override
			public void stop() {
				calls.add("inner stopping");
				throw new IllegalStateException("cannot stop");
			}
		};
		CovetRelations observed = db.build(builder -> builder.operationObserver(outer).operationObserver(inner));

		assertThat(observed.objects(Author.class).delete().total()).isEqualTo(1);

		assertThat(calls).containsExactly("inner stopping", "outer stopped");
		assertThat(db.relations().objects(Author.class).count()).isZero();
	}

	/**
	 * A statement listener that throws after an autocommitted INSERT neither reports the committed row as failed nor
	 * keeps its key from the instance (found by review): before, save() threw with the row committed and the key
	 * unset, so saving again inserted a second row.
	 */
	@DatabaseTest
	void aListenerThatThrowsAfterACommittedInsertDoesNotLoseTheKey(TestDatabase db) {
		CovetRelations listened = db.build(builder -> builder.statementListener(event -> {
			if (event.failure() == null && event.operation() == io.covet.relations.sql.Operation.INSERT) {
				throw new IllegalStateException("metrics down");
			}
		}));
		Author ann = new Author("Ann");

		listened.repository(Author.class).save(ann);

		assertThat(ann.getId()).isNotNull();
		listened.repository(Author.class).save(ann);
		assertThat(db.relations().objects(Author.class).count()).isEqualTo(1);
	}
}
