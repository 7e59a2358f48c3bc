package io.covet.relations.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

import io.covet.relations.exception.TreeCycleError;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.tree.TreeModels.Adjacency;
import io.covet.relations.tree.TreeModels.Node;
import io.covet.relations.tree.TreeModels.Unguarded;

/**
 * Parent keys that form a cycle, written with plain SQL behind the library's back: a self-loop, two nodes pointing
 * at each other, a 1,000-node ring, and a chain leading into a ring. Every read that follows parent keys (ancestors,
 * descendants, depth, root), recursive or level by level, must end with {@link TreeCycleError} quickly instead of
 * looping; the reads that do not recurse still answer, the verifier names the cycle, and deleting a node on the ring
 * removes the ring.
 */
@Models({ Adjacency.class, Unguarded.class })
class TreeCycleTests {

	/** Generous: the walks stop at the depth guard in well under a second even on a loaded machine. */
	private static final Duration BOUND = Duration.ofSeconds(5);

	@DatabaseTest
	void aSelfLoopIsReported(TestDatabase db) {
		List<Adjacency> nodes = cyclic(db, new int[] { 0 });
		assertEveryWalkEndsWithTheCycleError(db, nodes.get(0), true);
		assertThat(db.relations().tree(Adjacency.class).children(nodes.get(0))).extracting(Node::name).containsExactly("c0");
	}

	@DatabaseTest
	void twoNodesPointingAtEachOtherAreReported(TestDatabase db) {
		List<Adjacency> nodes = cyclic(db, new int[] { 1, 0 });
		assertEveryWalkEndsWithTheCycleError(db, nodes.get(0), true);
		assertEveryWalkEndsWithTheCycleError(db, nodes.get(1), true);
	}

	@DatabaseTest
	void aThousandNodeRingIsReported(TestDatabase db) {
		List<Adjacency> nodes = cyclic(db, ring(1000));
		// Level by level is one query per node of the ring: its full set of walks is left to the smaller cycles.
		assertEveryWalkEndsWithTheCycleError(db, nodes.get(500), false);
		TreeManager<Adjacency> tree = db.relations().tree(Adjacency.class);
		assertThat(tree.roots()).isEmpty();
		assertThat(tree.siblings(nodes.get(500), true)).extracting(Node::name).containsExactly("c500");
		Assertions.assertTimeoutPreemptively(BOUND, () -> assertThat(tree.delete(nodes.get(7)).total()).isEqualTo(1000));
		assertThat(db.relations().repository(Adjacency.class).count()).isZero();
	}

	/**
	 * Without a depth guard only the cycle detection inside the recursive query can end the walk: before it, these
	 * walks ran until the database's own recursion limit, or for ever.
	 */
	@DatabaseTest
	void aRingIsReportedEvenWithoutADepthGuard(TestDatabase db) {
		TreeManager<Unguarded> tree = db.relations().tree(Unguarded.class);
		Unguarded node = cyclic(db, Unguarded.class, ring(1000)).get(123);
		assertWalksEndWithTheCycleError(upwards(tree, node));
		assertWalksEndWithTheCycleError(downwards(tree, node));
	}

	@DatabaseTest
	void aChainLeadingIntoARingIsReported(TestDatabase db) {
		// c0 -> c1 -> c2 -> c0 is the ring; c3 -> c4 -> c5 -> c0 leads into it.
		List<Adjacency> nodes = cyclic(db, new int[] { 1, 2, 0, 4, 5, 0 });
		for (TreeManager<Adjacency> tree : managers(db, true)) {
			assertWalksEndWithTheCycleError(upwards(tree, nodes.get(3)));
			assertWalksEndWithTheCycleError(downwards(tree, nodes.get(0)));
			assertThat(tree.descendants(nodes.get(3))).isEmpty();
		}
		TreeManager<Adjacency> tree = db.relations().tree(Adjacency.class);
		assertThat(tree.isLeaf(nodes.get(3))).isTrue();
		assertThat(tree.parent(nodes.get(5))).map(Node::name).contains("c0");
	}

	/** Node i's parent is node i + 1, the last one's the first. */
	private static int[] ring(int size) {
		int[] parents = new int[size];
		for (int i = 0; i < size; i++) {
			parents[i] = (i + 1) % size;
		}
		return parents;
	}

	/** Saves one root per entry, then points node i at node {@code parents[i]} with plain SQL; returns them reloaded. */
	private static List<Adjacency> cyclic(TestDatabase db, int[] parents) {
		return cyclic(db, Adjacency.class, parents);
	}

	private static <T extends Node> List<T> cyclic(TestDatabase db, Class<T> type, int[] parents) {
		List<T> nodes = new ArrayList<>();
		for (int i = 0; i < parents.length; i++) {
			T node = db.relations().meta(type).newInstance();
			node.name("c" + i);
			nodes.add(node);
		}
		db.relations().repository(type).bulkCreate(nodes);
		List<Object[]> updates = new ArrayList<>();
		for (int i = 0; i < parents.length; i++) {
			updates.add(new Object[] { key(db, nodes.get(parents[i])), key(db, nodes.get(i)) });
		}
		db.jdbc()
			.batchUpdate("UPDATE " + db.dialect().quote(db.relations().meta(type).table()) + " SET "
					+ db.dialect().quote("parent_id") + " = ? WHERE " + db.dialect().quote("id") + " = ?", updates);
		assertThat(db.relations().tree(type).verify()).anyMatch(problem -> problem.contains("cycle"));
		return db.relations().objects(type).orderBy("id").list();
	}

	private static Object key(TestDatabase db, Object node) {
		return db.relations().meta(node.getClass()).primaryKeyValue(node);
	}

	/** Up and down from {@code node}, with recursive queries and, where asked, level by level. */
	private static void assertEveryWalkEndsWithTheCycleError(TestDatabase db, Adjacency node, boolean levelByLevel) {
		for (TreeManager<Adjacency> tree : managers(db, levelByLevel)) {
			assertWalksEndWithTheCycleError(upwards(tree, node));
			assertWalksEndWithTheCycleError(downwards(tree, node));
		}
	}

	/** The recursive-query manager and, where asked, the level-by-level fallback for databases without them. */
	private static List<TreeManager<Adjacency>> managers(TestDatabase db, boolean levelByLevel) {
		TreeManager<Adjacency> recursive = db.relations().tree(Adjacency.class);
		if (!levelByLevel) {
			return List.of(recursive);
		}
		return List.of(recursive,
				db.build(builder -> builder.dialect(new WithoutRecursiveQueries(db.dialect()))).tree(Adjacency.class));
	}

	private static <T> List<Executable> upwards(TreeManager<T> tree, T node) {
		return List.of(() -> tree.ancestors(node, false), () -> tree.ancestors(node, true), () -> tree.depth(node),
				() -> tree.root(node));
	}

	private static <T> List<Executable> downwards(TreeManager<T> tree, T node) {
		return List.of(() -> tree.descendants(node), () -> tree.descendants(node, Integer.MAX_VALUE, true));
	}

	private static void assertWalksEndWithTheCycleError(List<Executable> walks) {
		Assertions.assertTimeoutPreemptively(BOUND, () -> {
			for (Executable walk : walks) {
				assertThatThrownBy(walk::execute).isInstanceOf(TreeCycleError.class);
			}
		});
	}
}
