package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import io.covet.relations.CovetRelations;
import io.covet.relations.event.DeleteAction;
import io.covet.relations.event.ManyToManyAction;
import io.covet.relations.event.ManyToManyChanged;
import io.covet.relations.event.ModelDeleted;
import io.covet.relations.event.RelationEvent;
import io.covet.relations.reliability.FaultModels.Post;
import io.covet.relations.reliability.FaultModels.Tag;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/**
 * An event listener that throws inside the library's transaction, at every moment of many-to-many changes (pre/post
 * add, remove and clear, from {@code add}, {@code remove}, {@code clear} and {@code set}) and of a cascading delete
 * (pre/post delete): the caller gets the listener's own exception, every row of every table is as before (statements
 * already run are rolled back), and the same call then works once the listener lets it.
 */
@Models({ Post.class, Tag.class, Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class ListenerFaultTests {

	@DatabaseTest
	void aThrowingManyToManyListenerRollsBackTheWholeChange(TestDatabase db) {
		for (ManyToManyAction action : ManyToManyAction.values()) {
			String moment = action.name().substring(action.name().indexOf('_') + 1);
			List<NamedCall> calls = switch (moment) {
				case "ADD" -> List.of(call("add", post -> post.tags.add(tags(db, "t5", "t6").toArray())),
						call("set", post -> post.tags.set(tags(db, "t3", "t5", "t6"))));
				case "REMOVE" -> List.of(call("remove", post -> post.tags.remove(tags(db, "t1", "t2").toArray())),
						call("set", post -> post.tags.set(tags(db, "t3", "t5", "t6"))));
				default -> List.of(call("clear", post -> post.tags.clear()),
						call("set(clear)", post -> post.tags.set(tags(db, "t3", "t5"), true, java.util.Map.of())));
			};
			for (NamedCall call : calls) {
				assertRolledBack(db, call.name() + " with a throwing " + action + " listener",
						event -> event instanceof ManyToManyChanged changed && changed.action() == action,
						relations -> call.run().accept(relations.<Post, Long>repository(Post.class).get("title", "p")));
			}
		}
	}

	@DatabaseTest
	void aThrowingDeleteListenerRollsBackTheWholeCascade(TestDatabase db) {
		for (DeleteAction action : DeleteAction.values()) {
			for (Class<?> model : List.of(Author.class, Review.class)) {
				assertRolledBack(db, "a cascading delete with a throwing " + action + " listener for " + model.getSimpleName(),
						event -> event instanceof ModelDeleted deleted && deleted.action() == action
								&& deleted.model() == model,
						relations -> relations.objects(Author.class).filter("name__in", List.of("A1", "A2")).delete());
			}
		}
	}

	/**
	 * Seeds, runs {@code operation} with a listener that throws on the events {@code refuses} matches, and checks the
	 * exception and the rows; then runs it again with the listener quiet, which must work.
	 */
	private static void assertRolledBack(TestDatabase db, String what, Predicate<RelationEvent> refuses,
			Consumer<CovetRelations> operation) {
		db.truncateAll();
		seed(db);
		TableSnapshot before = TableSnapshot.of(db);
		boolean[] armed = { true };
		ListenerRefusal refusal = new ListenerRefusal(what);
		CovetRelations relations = db.build(builder -> builder.eventListener(event -> {
			if (armed[0] && refuses.test(event)) {
				throw refusal;
			}
		}));
		Throwable thrown = catchThrowable(() -> operation.accept(relations));
		assertThat(thrown).as(what).isSameAs(refusal);
		assertThat(TableSnapshot.of(db)).as(what).isEqualTo(before);
		PoolProbe.assertNothingLeaked(db);
		armed[0] = false;
		operation.accept(relations);
		assertThat(TableSnapshot.of(db)).as(what + ", then without the refusal").isNotEqualTo(before);
	}

	private static void seed(TestDatabase db) {
		List<Tag> tags = db.repo(Tag.class)
			.bulkCreate(List.of(new Tag("t1"), new Tag("t2"), new Tag("t3"), new Tag("t4"), new Tag("t5"), new Tag("t6")));
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		post.tags.add(tags.get(0), tags.get(1), tags.get(2), tags.get(3));
		for (int a = 0; a < 3; a++) {
			Author author = db.<Author, Long>repo(Author.class).save(new Author("A" + a));
			for (int b = 0; b < 3; b++) {
				Book book = db.<Book, Long>repo(Book.class).save(new Book("B" + b, author, b));
				db.repo(Review.class).save(new Review(book, 4, "r"));
			}
		}
	}

	private static List<Tag> tags(TestDatabase db, String... names) {
		return db.repo(Tag.class).filter("name__in", List.of(names)).list();
	}

	private static NamedCall call(String name, Consumer<Post> run) {
		return new NamedCall(name, run);
	}

	private record NamedCall(String name, Consumer<Post> run) {
	}

	/** What the listener throws; the caller must get this very instance. */
	private static final class ListenerRefusal extends RuntimeException {

		ListenerRefusal(String message) {
			super(message);
		}
	}
}
