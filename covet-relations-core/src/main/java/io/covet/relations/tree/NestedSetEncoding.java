package io.covet.relations.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import io.covet.relations.exception.TreeCycleError;
import io.covet.relations.internal.InstanceUndo;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;

/**
 * Nested sets: each row stores bounds {@code lft < rgt} that enclose the bounds of its descendants, and its depth.
 * Descendants and ancestors are one range query each. Inserts open a gap of two (two UPDATEs); a move takes the
 * subtree out of the way by negating its bounds, closes its gap, opens one under the new parent and puts the subtree
 * back (six set-based UPDATEs, then one of the parent key; three reads of bounds among them). Deletes leave gaps,
 * which keep every range query right. All writers of a tree take the tree lock first: bounds shift across the whole
 * table, so two interleaved writers would corrupt them.
 */
final class NestedSetEncoding<T> implements TreeEncoding<T> {

	private final TreeSupport<T> support;

	NestedSetEncoding(TreeSupport<T> support) {
		this.support = support;
	}

	private FieldMeta left() {
		return this.support.tree.left();
	}

	private FieldMeta right() {
		return this.support.tree.right();
	}

	private FieldMeta depthField() {
		return this.support.tree.depth();
	}

	@Override
	public List<T> ancestors(T node, boolean includeSelf) {
		int lft = this.support.intValue(node, left());
		int rgt = this.support.intValue(node, right());
		var query = this.support.rows();
		query = includeSelf ? query.filter(left().name() + "__lte", lft).filter(right().name() + "__gte", rgt)
				: query.filter(left().name() + "__lt", lft).filter(right().name() + "__gt", rgt);
		return new ArrayList<>(query.orderBy(left().name()).list());
	}

	@Override
	public List<T> descendants(T node, int maxDepth, boolean includeSelf) {
		int lft = this.support.intValue(node, left());
		int rgt = this.support.intValue(node, right());
		var query = this.support.rows();
		query = includeSelf ? query.filter(left().name() + "__gte", lft).filter(right().name() + "__lte", rgt)
				: query.filter(left().name() + "__gt", lft).filter(right().name() + "__lt", rgt);
		if (maxDepth < Integer.MAX_VALUE) {
			query = query.filter(depthField().name() + "__lte", this.support.intValue(node, depthField()) + maxDepth);
		}
		return new ArrayList<>(query.orderBy(depthField().name(), "pk").list());
	}

	@Override
	public int depth(T node) {
		return this.support.intValue(node, depthField());
	}

	@Override
	public void inserted(T node, T parent) {
		Object key = this.support.key(node);
		int lft;
		int depth;
		if (parent == null) {
			lft = maxRight() + 1;
			depth = 0;
		}
		else {
			Bounds bounds = bounds(this.support.key(parent));
			lft = bounds.rgt;
			depth = bounds.depth + 1;
			shift(right(), ">=", bounds.rgt, 2, key);
			shift(left(), ">", bounds.rgt, 2, key);
		}
		this.support.updateRow(key, new FieldMeta[] { left(), right(), depthField() }, new Object[] { lft, lft + 1, depth });
		InstanceUndo.set(left(), node, lft);
		InstanceUndo.set(right(), node, lft + 1);
		InstanceUndo.set(depthField(), node, depth);
	}

	@Override
	public void move(T node, T newParent) {
		Object key = this.support.key(node);
		Bounds moving = bounds(key);
		int width = moving.rgt - moving.lft + 1;
		int newDepth = 0;
		if (newParent != null) {
			Bounds target = bounds(this.support.key(newParent));
			if (target.lft >= moving.lft && target.rgt <= moving.rgt) {
				throw new TreeCycleError("Cannot move " + this.support.model.name() + " " + key + " under "
						+ this.support.key(newParent) + ", which is the node itself or one of its descendants");
			}
			newDepth = target.depth + 1;
		}
		// 1. take the subtree out of the way: negative bounds
		SqlBuilder negate = this.support.sql()
			.sql("UPDATE ")
			.id(this.support.model.table())
			.sql(" SET ")
			.id(left().column())
			.sql(" = 0 - ")
			.id(left().column())
			.sql(", ")
			.id(right().column())
			.sql(" = 0 - ")
			.id(right().column())
			.sql(" WHERE ")
			.id(left().column())
			.sql(" >= ")
			.param(moving.lft, Integer.class)
			.sql(" AND ")
			.id(right().column())
			.sql(" <= ")
			.param(moving.rgt, Integer.class);
		this.support.context.executor().update(negate.build(Operation.UPDATE, this.support.model.name()));
		// 2. close its gap
		shift(left(), ">", moving.rgt, -width, null);
		shift(right(), ">", moving.rgt, -width, null);
		// 3. open a gap at the new place
		int position;
		if (newParent != null) {
			Bounds target = bounds(this.support.key(newParent));
			position = target.rgt;
			shift(left(), ">=", position, width, null);
			shift(right(), ">=", position, width, null);
		}
		else {
			position = maxRight() + 1;
		}
		// 4. put the subtree back: -(-lft) + offset
		int offset = position - moving.lft;
		SqlBuilder restore = this.support.sql()
			.sql("UPDATE ")
			.id(this.support.model.table())
			.sql(" SET ")
			.id(left().column())
			.sql(" = 0 - ")
			.id(left().column())
			.sql(" + ")
			.param(offset, Integer.class)
			.sql(", ")
			.id(right().column())
			.sql(" = 0 - ")
			.id(right().column())
			.sql(" + ")
			.param(offset, Integer.class)
			.sql(", ")
			.id(depthField().column())
			.sql(" = ")
			.id(depthField().column())
			.sql(" + ")
			.param(newDepth - moving.depth, Integer.class)
			.sql(" WHERE ")
			.id(left().column())
			.sql(" < 0");
		this.support.context.executor().update(restore.build(Operation.UPDATE, this.support.model.name()));
		this.support.setParent(node, newParent);
		InstanceUndo.set(left(), node, position);
		InstanceUndo.set(right(), node, position + width - 1);
		InstanceUndo.set(depthField(), node, newDepth);
	}

	/** {@code column = column + delta} for rows with {@code column <op> value} (positive bounds only). */
	private void shift(FieldMeta column, String operator, int value, int delta, Object exceptKey) {
		SqlBuilder sql = this.support.sql()
			.sql("UPDATE ")
			.id(this.support.model.table())
			.sql(" SET ")
			.id(column.column())
			.sql(" = ")
			.id(column.column())
			.sql(" + ")
			.param(delta, Integer.class)
			.sql(" WHERE ")
			.id(column.column())
			.sql(" " + operator + " ")
			.param(value, Integer.class);
		if (exceptKey != null) {
			FieldMeta pk = this.support.model.primaryKey();
			sql.sql(" AND ").id(pk.column()).sql(" <> ").param(exceptKey, pk.valueType());
		}
		this.support.context.executor().update(sql.build(Operation.UPDATE, this.support.model.name()));
	}

	private Bounds bounds(Object key) {
		Map<String, Object> row = this.support.row(key, left(), right(), depthField());
		return new Bounds(((Number) row.get(left().name())).intValue(), ((Number) row.get(right().name())).intValue(),
				((Number) row.get(depthField().name())).intValue());
	}

	/**
	 * The highest right bound in place. A move negates its subtree's bounds first, so only positive bounds count:
	 * moving the only tree to the roots would otherwise read its own negated bound and place it below zero.
	 */
	private int maxRight() {
		List<Map<String, Object>> rows = this.support.rows()
			.filter(right().name() + "__gt", 0)
			.orderBy("-" + right().name())
			.limit(1)
			.values(right().name());
		return rows.isEmpty() || rows.get(0).get(right().name()) == null ? 0
				: ((Number) rows.get(0).get(right().name())).intValue();
	}

	@Override
	public void rebuild(List<T> all, Map<Object, List<T>> childrenByParent, List<T> roots) {
		List<Object[]> rows = new ArrayList<>();
		int[] counter = { 0 };
		Deque<Object[]> stack = new ArrayDeque<>();
		for (int i = roots.size() - 1; i >= 0; i--) {
			stack.push(new Object[] { roots.get(i), 0, Boolean.FALSE });
		}
		java.util.Map<Object, Integer> lefts = new java.util.HashMap<>();
		while (!stack.isEmpty()) {
			Object[] entry = stack.pop();
			@SuppressWarnings("unchecked")
			T node = (T) entry[0];
			int depth = (Integer) entry[1];
			Object key = this.support.key(node);
			if (Boolean.TRUE.equals(entry[2])) {
				int rgt = ++counter[0];
				int lft = lefts.get(key);
				rows.add(new Object[] { lft, rgt, depth, key });
				left().set(node, lft);
				right().set(node, rgt);
				depthField().set(node, depth);
				continue;
			}
			lefts.put(key, ++counter[0]);
			stack.push(new Object[] { node, depth, Boolean.TRUE });
			List<T> children = childrenByParent.getOrDefault(key, List.of());
			for (int i = children.size() - 1; i >= 0; i--) {
				stack.push(new Object[] { children.get(i), depth + 1, Boolean.FALSE });
			}
		}
		this.support.updateRows(new FieldMeta[] { left(), right(), depthField() }, rows);
	}

	@Override
	public void verify(List<T> all, Map<Object, T> byKey, List<String> problems) {
		java.util.Set<Integer> bounds = new java.util.HashSet<>();
		for (T node : all) {
			Object key = this.support.model.primaryKeyValue(node);
			int lft = this.support.intValue(node, left());
			int rgt = this.support.intValue(node, right());
			if (lft >= rgt) {
				problems.add(this.support.model.name() + " " + key + " has lft " + lft + " >= rgt " + rgt);
			}
			if (lft < 1) {
				// Writes shift positive bounds only (a move parks its subtree below zero), so a bound below 1 is lost.
				problems.add(this.support.model.name() + " " + key + " has lft " + lft + " below 1");
			}
			if (!bounds.add(lft) || !bounds.add(rgt)) {
				problems.add(this.support.model.name() + " " + key + " shares a bound with another row");
			}
			Object parentKey = this.support.parentKey(node);
			T parent = (parentKey == null) ? null : byKey.get(parentKey);
			int expectedDepth = (parent == null) ? 0 : this.support.intValue(parent, depthField()) + 1;
			if (this.support.intValue(node, depthField()) != expectedDepth) {
				problems.add(this.support.model.name() + " " + key + " has depth " + depthField().get(node) + ", expected "
						+ expectedDepth);
			}
			if (parent != null && !(this.support.intValue(parent, left()) < lft && rgt < this.support.intValue(parent, right()))) {
				problems.add(this.support.model.name() + " " + key + " is not inside its parent's bounds");
			}
		}
		// Every row's ancestors by bounds must be exactly its ancestors by parent keys: checked through the counts.
		java.util.Map<Object, Integer> enclosing = new java.util.HashMap<>();
		List<T> sorted = new ArrayList<>(all);
		sorted.sort(java.util.Comparator.comparingInt(n -> this.support.intValue(n, left())));
		Deque<T> open = new ArrayDeque<>();
		for (T node : sorted) {
			int lft = this.support.intValue(node, left());
			while (!open.isEmpty() && this.support.intValue(open.peek(), right()) < lft) {
				open.pop();
			}
			if (!open.isEmpty() && this.support.intValue(open.peek(), right()) < this.support.intValue(node, right())) {
				problems.add(this.support.model.name() + " " + this.support.model.primaryKeyValue(node)
						+ " overlaps the bounds of " + this.support.model.primaryKeyValue(open.peek()));
			}
			enclosing.put(this.support.model.primaryKeyValue(node), open.size());
			open.push(node);
		}
		for (T node : all) {
			Integer count = enclosing.get(this.support.model.primaryKeyValue(node));
			if (count != null && count != this.support.intValue(node, depthField())) {
				problems.add(this.support.model.name() + " " + this.support.model.primaryKeyValue(node) + " lies inside "
						+ count + " rows' bounds but has depth " + depthField().get(node));
			}
		}
	}

	private record Bounds(int lft, int rgt, int depth) {
	}
}
