package io.covet.relations.tree;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.covet.relations.exception.TreeCycleError;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;

/**
 * Adjacency list: only the parent key. Ancestors and descendants are one recursive query each (WITH RECURSIVE on all
 * three databases), bounded by the depth guard: UNION ALL with a level counter stops at the guard, so cyclic data
 * written behind the library's back ends the query, and a repeated key in the result is reported as a
 * {@link TreeCycleError}. The guard alone would follow a cycle round and round until it, a level per step (a full
 * scan per level where the planner has no statistics or the parent key no index), so each walk also stops where a
 * cycle shows:
 * <ul>
 * <li>Walking up, each row carries a marker, the key its path reached at the last power-of-two level (Brent's cycle
 * detection): a row that meets its marker again is returned but not followed, so a cycle ends the walk after about
 * twice its length. A path up can run into a ring its start is not on.</li>
 * <li>Walking down needs no marker. Every row has one parent, so the parents of any row reached lead back to the
 * start; a reached row on a cycle therefore means the start is on that cycle. The walk returns the start when it
 * comes round again and does not follow it: one comparison with a constant per row.</li>
 * </ul>
 * MariaDB's recursion limit (max_recursive_iterations, 1,000 by default) is raised for the statement through the
 * dialect.
 */
final class AdjacencyListEncoding<T> implements TreeEncoding<T> {

	private final TreeSupport<T> support;

	AdjacencyListEncoding(TreeSupport<T> support) {
		this.support = support;
	}

	@Override
	public List<T> ancestors(T node, boolean includeSelf) {
		if (!this.support.context.dialect().supportsRecursiveCte()) {
			return iterativeAncestors(node, includeSelf);
		}
		// Farthest first.
		SqlBuilder sql = walk(node, false, this.support.tree.depthGuard(), false).sql(" ORDER BY w.d DESC");
		List<T> ancestors = this.support.readRows(sql.build(Operation.SELECT, this.support.model.name()));
		checkAcyclic(ancestors, node, "ancestors");
		if (includeSelf) {
			ancestors.add(node);
		}
		return ancestors;
	}

	@Override
	public List<T> descendants(T node, int maxDepth, boolean includeSelf) {
		if (!this.support.context.dialect().supportsRecursiveCte()) {
			return iterativeDescendants(node, maxDepth, includeSelf);
		}
		// Nearest first.
		SqlBuilder sql = walk(node, true, Math.min(maxDepth, this.support.tree.depthGuard()),
				this.support.context.dialect().carriesRowsThroughRecursion() && !this.support.rowsSpanTables())
			.sql(includeSelf ? "" : " WHERE w.d > 0")
			.sql(" ORDER BY w.d, w.k");
		List<T> descendants = this.support.readRows(sql.build(Operation.SELECT, this.support.model.name()));
		checkAcyclic(descendants, includeSelf ? null : node, "descendants");
		return descendants;
	}

	/**
	 * {@code WITH RECURSIVE covet_walk (k, d, ...)}, with the marker {@code m} walking up: the anchor row's
	 * {@code followed} column at its start depth, then the {@code followed} column of every row whose {@code matched}
	 * column equals a reached key, up to {@code limit} levels and not past a row where a cycle shows (see the class
	 * comment: walking up, a row whose key equals its marker; walking down, the start node reached again); followed by
	 * the SELECT of the rows reached, to be ordered by their level ({@code w.d}). Walking down, each step's key is the
	 * key of the row it stands on, so with {@code carryRows} the walk carries that row's other columns ({@code c0},
	 * {@code c1}...) and is read as it is; otherwise the rows are joined back by key ({@code t0}).
	 */
	private SqlBuilder walk(T node, boolean down, int limit, boolean carryRows) {
		FieldMeta pk = this.support.model.primaryKey();
		FieldMeta parent = this.support.tree.parent().column();
		// Down: from the node's own key to the rows whose parent key was reached; up: from its parent key to the
		// parent key of each row reached.
		FieldMeta followed = down ? pk : parent;
		FieldMeta matched = down ? parent : pk;
		int startDepth = down ? 0 : 1;
		Object key = this.support.key(node);
		String table = this.support.model.table();
		// The key itself is k.
		List<FieldMeta> carried = carryRows
				? this.support.model.fields().stream().filter(field -> field != pk).toList()
				: List.of();
		StringBuilder columns = new StringBuilder(down ? "k, d" : "k, d, m");
		for (int i = 0; i < carried.size(); i++) {
			columns.append(", c").append(i);
		}
		SqlBuilder sql = this.support.sql()
			.sql(this.support.context.dialect().recursiveQueryPrefix())
			.sql("WITH RECURSIVE covet_walk (" + columns + ") AS (SELECT ")
			.id(followed.column())
			.sql(", " + startDepth);
		if (!down) {
			sql.sql(", ").id(followed.column());
		}
		appendColumns(sql, "", carried);
		sql.sql(" FROM ").id(table).sql(" WHERE ").id(pk.column()).sql(" = ").param(key, pk.valueType());
		sql.sql(" UNION ALL SELECT c.").id(followed.column()).sql(", w.d + 1");
		if (!down) {
			sql.sql(", CASE WHEN (w.d & (w.d - 1)) = 0 THEN w.k ELSE w.m END");
		}
		appendColumns(sql, "c.", carried);
		sql.sql(" FROM ")
			.id(table)
			.sql(" c INNER JOIN covet_walk w ON c.")
			.id(matched.column())
			.sql(" = w.k WHERE w.d < ")
			.param(limit, Integer.class)
			.sql(" AND (w.d = " + startDepth + " OR w.k <> ");
		if (down) {
			sql.param(key, pk.valueType());
		}
		else {
			sql.sql("w.m");
		}
		sql.sql(")) ");
		if (carryRows) {
			// The model's columns in its order, as the reader expects them.
			StringBuilder out = new StringBuilder();
			for (FieldMeta field : this.support.model.fields()) {
				out.append(out.isEmpty() ? "" : ", ").append(field == pk ? "w.k" : "w.c" + carried.indexOf(field));
			}
			return sql.sql("SELECT " + out + " FROM covet_walk w");
		}
		return sql.append(this.support.selectColumns("t0"))
			.sql(" FROM ")
			.id(table)
			.sql(" t0 INNER JOIN covet_walk w ON t0.")
			.id(pk.column())
			.sql(" = w.k");
	}

	private static void appendColumns(SqlBuilder sql, String qualifier, List<FieldMeta> fields) {
		for (FieldMeta field : fields) {
			sql.sql(", " + qualifier).id(field.column());
		}
	}

	/** Without recursive queries: one query per level up, guarded like the recursive form. */
	private List<T> iterativeAncestors(T node, boolean includeSelf) {
		List<T> ancestors = new ArrayList<>();
		Set<Object> seen = new HashSet<>();
		seen.add(this.support.key(node));
		Object parentKey = this.support.parentKey(node);
		while (parentKey != null) {
			if (!seen.add(parentKey) || ancestors.size() >= this.support.tree.depthGuard()) {
				throw new TreeCycleError("The ancestors of " + this.support.model.name() + " " + this.support.key(node)
						+ " repeat key " + parentKey + ": the parent keys form a cycle");
			}
			T parent = this.support.rows().filter("pk", parentKey).first().orElse(null);
			if (parent == null) {
				break;
			}
			ancestors.add(0, parent);
			parentKey = this.support.parentKey(parent);
		}
		if (includeSelf) {
			ancestors.add(node);
		}
		return ancestors;
	}

	/** Without recursive queries: one query per level down (keys chunked), guarded like the recursive form. */
	private List<T> iterativeDescendants(T node, int maxDepth, boolean includeSelf) {
		List<T> result = new ArrayList<>();
		if (includeSelf) {
			result.add(node);
		}
		Set<Object> seen = new HashSet<>();
		seen.add(this.support.key(node));
		List<Object> level = List.of(this.support.key(node));
		int limit = Math.min(maxDepth, this.support.tree.depthGuard());
		for (int depth = 1; depth <= limit && !level.isEmpty(); depth++) {
			List<T> children = this.support.rows()
				.filter(this.support.tree.parent().name() + "__in", level)
				.orderBy("pk")
				.list();
			List<Object> next = new ArrayList<>();
			for (T child : children) {
				Object key = this.support.model.primaryKeyValue(child);
				if (!seen.add(key)) {
					throw new TreeCycleError("The descendants of " + this.support.model.name() + " " + this.support.key(node)
							+ " repeat key " + key + ": the parent keys form a cycle");
				}
				next.add(key);
				result.add(child);
			}
			level = next;
		}
		return result;
	}

	private void checkAcyclic(List<T> rows, T start, String what) {
		Set<Object> seen = new HashSet<>();
		if (start != null) {
			seen.add(this.support.key(start));
		}
		for (T row : rows) {
			if (!seen.add(this.support.model.primaryKeyValue(row))) {
				throw new TreeCycleError("The " + what + " of " + this.support.model.name() + " "
						+ (start == null ? "" : this.support.key(start)) + " repeat key "
						+ this.support.model.primaryKeyValue(row) + ": the parent keys form a cycle");
			}
		}
		if (rows.size() >= this.support.tree.depthGuard() && "ancestors".equals(what)) {
			throw new TreeCycleError("More than " + this.support.tree.depthGuard() + " ancestors of "
					+ this.support.model.name() + ": the data is cyclic or deeper than the depth guard");
		}
	}

	@Override
	public int depth(T node) {
		return ancestors(node, false).size();
	}

	@Override
	public void inserted(T node, T parent) {
	}

	@Override
	public void move(T node, T newParent) {
		if (newParent != null) {
			// A parent that is gone would otherwise read as a root with no ancestors; the node's own row is checked
			// by the UPDATE of its parent key.
			this.support.requireRow(this.support.key(newParent));
			Object key = this.support.key(node);
			for (T ancestor : ancestors(newParent, true)) {
				if (key.equals(this.support.model.primaryKeyValue(ancestor))) {
					throw cycle(node, newParent);
				}
			}
		}
		this.support.setParent(node, newParent);
	}

	TreeCycleError cycle(T node, T newParent) {
		return new TreeCycleError("Cannot move " + this.support.model.name() + " " + this.support.key(node) + " under "
				+ this.support.key(newParent) + ", which is the node itself or one of its descendants");
	}

	@Override
	public void rebuild(List<T> all, Map<Object, List<T>> childrenByParent, List<T> roots) {
	}

	@Override
	public void verify(List<T> all, Map<Object, T> byKey, List<String> problems) {
		for (T node : all) {
			Set<Object> path = new HashSet<>();
			Object key = this.support.model.primaryKeyValue(node);
			T current = node;
			while (current != null) {
				Object currentKey = this.support.model.primaryKeyValue(current);
				if (!path.add(currentKey)) {
					problems.add(this.support.model.name() + " " + key + " is on a cycle of parent keys");
					break;
				}
				Object parentKey = this.support.parentKey(current);
				if (parentKey != null && !byKey.containsKey(parentKey)) {
					problems.add(this.support.model.name() + " " + currentKey + " has a missing parent " + parentKey);
				}
				current = (parentKey == null) ? null : byKey.get(parentKey);
			}
		}
	}
}
