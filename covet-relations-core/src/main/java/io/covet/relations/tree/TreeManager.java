package io.covet.relations.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.TreeCycleError;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.InstanceUndo;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.relation.Ref;

/**
 * Tree operations on a model annotated with {@code @Tree}, the same for every strategy: reads of ancestors and
 * descendants are one statement each (a recursive query for adjacency lists, a prefix or range match for
 * materialized paths and nested sets); writes keep the strategy's encoding right inside one transaction, behind a
 * per-tree lock. Nodes passed in should be freshly loaded: path and bounds are read from them.
 *
 * @param <T> the tree model
 */
public final class TreeManager<T> {

	private final TreeSupport<T> support;

	private final TreeEncoding<T> encoding;

	private final boolean locking;

	/**
	 * Tree operations on {@code tree}; writers of one tree serialize on a lock. Applications get one from
	 * {@link io.covet.relations.CovetRelations#tree(Class)}.
	 */
	public TreeManager(CovetContext context, TreeMeta tree) {
		this(context, tree, true);
	}

	/** With {@code locking} off, writers do not serialize: only for the control run that proves the lock matters. */
	TreeManager(CovetContext context, TreeMeta tree, boolean locking) {
		this.locking = locking;
		this.support = new TreeSupport<>(context, tree);
		this.encoding = switch (tree.strategy()) {
			case ADJACENCY_LIST -> new AdjacencyListEncoding<>(this.support);
			case MATERIALIZED_PATH -> new MaterializedPathEncoding<>(this.support);
			case NESTED_SET -> new NestedSetEncoding<>(this.support);
		};
	}

	/** How the tree is stored: adjacency list, materialized path or nested sets. */
	public TreeStrategy strategy() {
		return this.support.tree.strategy();
	}

	/** Ancestors, root first; one statement. */
	public List<T> ancestors(T node, boolean includeSelf) {
		return this.encoding.ancestors(node, includeSelf);
	}

	/** Every descendant, by depth then key; one statement. */
	public List<T> descendants(T node) {
		return this.encoding.descendants(node, Integer.MAX_VALUE, false);
	}

	/** Descendants at most {@code maxDepth} levels below; one statement. */
	public List<T> descendants(T node, int maxDepth, boolean includeSelf) {
		return this.encoding.descendants(node, maxDepth, includeSelf);
	}

	/** The nodes one level below, by key; one statement. */
	public List<T> children(T node) {
		return this.support.rows()
			.filter(this.support.tree.parent().name(), this.support.key(node))
			.orderBy("pk")
			.list();
	}

	/** The node one level above, empty for a root; one statement, none for a root. */
	public Optional<T> parent(T node) {
		Object parentKey = this.support.parentKey(node);
		return parentKey == null ? Optional.empty() : this.support.rows().filter("pk", parentKey).first();
	}

	/** Nodes with the same parent (the other roots, for a root). */
	public List<T> siblings(T node, boolean includeSelf) {
		Object parentKey = this.support.parentKey(node);
		var query = this.support.rows().filter(this.support.tree.parent().name(), parentKey);
		if (!includeSelf) {
			query = query.exclude("pk", this.support.key(node));
		}
		return query.orderBy("pk").list();
	}

	/** Levels above the node: 0 for a root. */
	public int depth(T node) {
		return this.encoding.depth(node);
	}

	/** Whether the node has no parent; no statement. */
	public boolean isRoot(T node) {
		return this.support.parentKey(node) == null;
	}

	/** Whether no node has this one as its parent; one statement. */
	public boolean isLeaf(T node) {
		return !this.support.rows()
			.filter(this.support.tree.parent().name(), this.support.key(node))
			.exists();
	}

	/** The root of the node's tree. */
	public T root(T node) {
		return isRoot(node) ? node : this.encoding.ancestors(node, false).get(0);
	}

	/** Every node without a parent, by key; one statement. */
	public List<T> roots() {
		return this.support.rows()
			.filter(this.support.tree.parent().name() + "__isnull", true)
			.orderBy("pk")
			.list();
	}

	/**
	 * Saves a new node under {@code parent} ({@code null} for a new root) and fills its encoding.
	 * @throws InvalidValueException when the strategy cannot hold the node's key (a materialized path: text that is
	 * empty or contains {@code /}), before anything is written
	 */
	public T insert(T node, T parent) {
		checkType(node);
		this.encoding.checkInsertable(node);
		return this.support.context.transactions().required(() -> {
			lockTree();
			InstanceUndo.set(this.support.tree.parent().column(), node, parent == null ? Ref.none() : Ref.to(parent));
			this.support.context.writer().save(this.support.context.registry().modelOf(node, this.support.model), node);
			this.encoding.inserted(node, parent);
			return node;
		});
	}

	/**
	 * Moves a node and its subtree under {@code newParent} ({@code null}: to the roots).
	 * @throws io.covet.relations.exception.TreeCycleError when {@code newParent} is the node or below it
	 * @throws io.covet.relations.exception.DoesNotExist when the node's or {@code newParent}'s row has been deleted
	 * since it was loaded (every strategy; nothing changes)
	 */
	public void move(T node, T newParent) {
		checkType(node);
		this.support.context.transactions().required(() -> {
			lockTree();
			this.encoding.move(node, newParent);
		});
	}

	/** Deletes a node and its subtree through the deletion collector. */
	public DeleteResult delete(T node) {
		return this.support.context.transactions().required(() -> {
			lockTree();
			return this.support.rows().filter("pk", this.support.key(node)).delete();
		});
	}

	/** Recomputes the strategy's columns of every row from the parent keys (after bulk loads or repairs). */
	public void rebuild() {
		this.support.context.transactions().required(() -> {
			lockTree();
			List<T> all = this.support.rows().orderBy("pk").list();
			Map<Object, List<T>> children = new LinkedHashMap<>();
			List<T> roots = new ArrayList<>();
			for (T node : all) {
				Object parentKey = this.support.parentKey(node);
				if (parentKey == null) {
					roots.add(node);
				}
				else {
					children.computeIfAbsent(parentKey, k -> new ArrayList<>()).add(node);
				}
			}
			if (!(this.encoding instanceof AdjacencyListEncoding<?>)) {
				requireEveryNodeReachable(all, children, roots);
			}
			this.encoding.rebuild(all, children, roots);
		});
	}

	/**
	 * Refuses a rebuild that would leave rows without bounds or path: rows no root leads to have parent keys that
	 * form a cycle (written behind the library's back), or point at a missing row where foreign keys are not
	 * enforced.
	 */
	private void requireEveryNodeReachable(List<T> all, Map<Object, List<T>> children, List<T> roots) {
		Set<Object> reached = new HashSet<>();
		Deque<T> pending = new ArrayDeque<>(roots);
		while (!pending.isEmpty()) {
			Object key = this.support.key(pending.pop());
			if (reached.add(key)) {
				pending.addAll(children.getOrDefault(key, List.of()));
			}
		}
		if (reached.size() == all.size()) {
			return;
		}
		List<Object> stranded = new ArrayList<>();
		for (T node : all) {
			Object key = this.support.key(node);
			if (!reached.contains(key)) {
				stranded.add(key);
			}
		}
		throw new TreeCycleError("Cannot rebuild the " + this.support.model.name() + " tree: " + stranded.size()
				+ " rows are reached from no root, so their parent keys form a cycle or point at a missing row (keys "
				+ (stranded.size() > 20 ? stranded.subList(0, 20) + "..." : stranded) + "); repair the parent keys first");
	}

	/** Reads the whole table and lists every row that breaks the strategy's invariants; empty when the tree is sound. */
	public List<String> verify() {
		List<T> all = this.support.rows().list();
		Map<Object, T> byKey = new LinkedHashMap<>();
		for (T node : all) {
			byKey.put(this.support.model.primaryKeyValue(node), node);
		}
		List<String> problems = new ArrayList<>();
		new AdjacencyListEncoding<>(this.support).verify(all, byKey, problems);
		if (this.encoding instanceof AdjacencyListEncoding<?>) {
			return problems;
		}
		this.encoding.verify(all, byKey, problems);
		return problems;
	}

	/** Every write starts by taking the tree lock, which also makes it a writer from its first statement on. */
	private void lockTree() {
		if (this.locking) {
			this.support.lock();
		}
	}

	private void checkType(T node) {
		if (node == null || !this.support.model.type().isInstance(node)) {
			throw new InvalidValueException("The " + this.support.model.name() + " tree got "
					+ (node == null ? "null" : node.getClass().getSimpleName()));
		}
	}
}
