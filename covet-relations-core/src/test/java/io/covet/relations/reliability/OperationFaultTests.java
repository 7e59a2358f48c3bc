package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.function.Function;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.transaction.UnexpectedRollbackException;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.reliability.FaultModels.Nested;
import io.covet.relations.reliability.FaultModels.Path;
import io.covet.relations.reliability.FaultModels.Place;
import io.covet.relations.reliability.FaultModels.Post;
import io.covet.relations.reliability.FaultModels.Restaurant;
import io.covet.relations.reliability.FaultModels.Tag;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;
import io.covet.relations.tree.TreeManager;

/**
 * Breaks multi-statement operations at every statement of the library's own transaction, with every fault the
 * database has ({@link ServerFault}): a many-to-many {@code set()} that removes and adds several pairs, moves in a
 * nested-set and a materialized-path tree (which rewrite many rows), and a multi-table inheritance save (parent row,
 * then child row). After each: a Spring data-access or transaction exception, every row of every table as before,
 * no connection leaked, a killed session gone from the pool, and the same call through the same instance then works.
 * SQLite has no server to kill sessions; there a second writer holds the database lock.
 */
@Models({ Post.class, Tag.class, Nested.class, Path.class, Place.class, Restaurant.class })
class OperationFaultTests {

	@DatabaseTest
	void manyToManySetRemovingAndAddingSeveralPairs(TestDatabase db) throws Exception {
		new FaultedOperation("many-to-many set", OperationFaultTests::seedPosts, relations -> {
			Post post = relations.<Post, Long>repository(Post.class).get("title", "p");
			post.tags.set(relations.objects(Tag.class).filter("name__in", List.of("t3", "t4", "t5", "t6", "t7")).list());
		}, database -> assertThat(database.relations().objects(Tag.class).filter("posts__title", "p").orderBy("name").list())
			.extracting(tag -> tag.name)
			.containsExactly("t3", "t4", "t5", "t6", "t7")).breakAtEveryStatement(db);
	}

	@DatabaseTest
	void nestedSetMove(TestDatabase db) throws Exception {
		treeMove(Nested.class, Nested::new, node -> node.name).breakAtEveryStatement(db);
	}

	@DatabaseTest
	void materializedPathMove(TestDatabase db) throws Exception {
		treeMove(Path.class, Path::new, node -> node.name).breakAtEveryStatement(db);
	}

	@DatabaseTest
	void multiTableInheritanceSave(TestDatabase db) throws Exception {
		new FaultedOperation("multi-table save",
				database -> database.repo(Restaurant.class).save(new Restaurant("old")),
				relations -> relations.repository(Restaurant.class).save(new Restaurant("new")),
				database -> {
					assertThat(database.repo(Restaurant.class).filter("name", "new").count()).isOne();
					assertThat(database.repo(Place.class).count()).isEqualTo(2);
				}).breakAtEveryStatement(db);
	}

	/**
	 * The trap of MariaDB's statement-level faults: the statement fails and the transaction stays open. A caller that
	 * swallows the library's exception inside its own transaction still cannot commit half a {@code set()} (the pairs
	 * removed, the additions lost): the library's failure marked the transaction rollback-only. The control run
	 * switches that marking off and shows the half state the snapshot comparison would catch.
	 */
	@DatabaseTest
	void aCallerSwallowingTheErrorCannotCommitHalfASet(TestDatabase db) {
		if (!db.is(TestTarget.MARIADB)) {
			return; // PostgreSQL aborts the whole transaction on any error; SQLite has no statement-level fault here
		}
		for (boolean marksRollbackOnly : new boolean[] { true, false }) {
			db.truncateAll();
			seedPosts(db);
			TableSnapshot before = TableSnapshot.of(db);
			FaultPoint point = new FaultPoint(db, ServerFault.LOCK_WAIT_TIMEOUT, 3); // the INSERT of the additions
			point.setGlobalRollbackOnParticipationFailure(marksRollbackOnly);
			CovetRelations relations = point.relations();
			Post post = relations.<Post, Long>repository(Post.class).get("title", "p");
			List<Tag> wanted = relations.objects(Tag.class).filter("name__in", List.of("t3", "t4", "t5", "t6", "t7")).list();
			Throwable outcome = catchThrowable(() -> new TransactionTemplate(point).executeWithoutResult(status -> assertThat(
					catchThrowable(() -> post.tags.set(wanted))).isInstanceOf(CannotAcquireLockException.class)));
			List<String> tags = db.relations().objects(Tag.class).filter("posts__title", "p").orderBy("name").list().stream()
				.map(tag -> tag.name)
				.toList();
			if (marksRollbackOnly) {
				assertThat(outcome).isInstanceOf(UnexpectedRollbackException.class);
				assertThat(TableSnapshot.of(db)).isEqualTo(before);
			}
			else {
				assertThat(outcome).as("control run").isNull();
				assertThat(tags).as("control run: removals committed, additions lost").containsExactly("t3", "t4");
				assertThat(TableSnapshot.of(db)).as("control run").isNotEqualTo(before);
			}
		}
	}

	private static void seedPosts(TestDatabase db) {
		List<Tag> tags = db.repo(Tag.class)
			.bulkCreate(List.of(new Tag("t1"), new Tag("t2"), new Tag("t3"), new Tag("t4"), new Tag("t5"), new Tag("t6"),
					new Tag("t7")));
		Post post = db.<Post, Long>repo(Post.class).save(new Post("p"));
		post.tags.add(tags.get(0), tags.get(1), tags.get(2), tags.get(3));
		Post other = db.<Post, Long>repo(Post.class).save(new Post("q"));
		other.tags.add(tags.get(0), tags.get(4));
	}

	/** Moves subtree {@code a} (four nodes) from root {@code r1} under {@code c} in root {@code r2}. */
	private static <T> FaultedOperation treeMove(Class<T> type, Function<String, T> node, Function<T, String> name) {
		return new FaultedOperation(type.getSimpleName() + " tree move", db -> {
			TreeManager<T> tree = db.relations().tree(type);
			T r1 = tree.insert(node.apply("r1"), null);
			T a = tree.insert(node.apply("a"), r1);
			tree.insert(node.apply("a1"), a);
			T a2 = tree.insert(node.apply("a2"), a);
			tree.insert(node.apply("a21"), a2);
			tree.insert(node.apply("b1"), tree.insert(node.apply("b"), r1));
			T r2 = tree.insert(node.apply("r2"), null);
			tree.insert(node.apply("c1"), tree.insert(node.apply("c"), r2));
		}, relations -> {
			TreeManager<T> tree = relations.tree(type);
			tree.move(relations.<T, Object>repository(type).get("name", "a"),
					relations.<T, Object>repository(type).get("name", "c"));
		}, db -> {
			TreeManager<T> tree = db.relations().tree(type);
			assertThat(tree.verify()).isEmpty();
			T a = db.<T, Object>repo(type).get("name", "a");
			assertThat(tree.parent(a)).map(name).contains("c");
			assertThat(tree.descendants(a)).hasSize(3);
		});
	}
}
