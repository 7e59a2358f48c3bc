package io.covet.relations.tree;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import io.covet.relations.dialect.PatternKind;
import io.covet.relations.dialect.PatternMatch;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.TreeCycleError;
import io.covet.relations.internal.GenericKeys;
import io.covet.relations.internal.InstanceUndo;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;

/**
 * Materialized path: each row stores the keys from its root down to itself ({@code /1/5/23/}) and its depth.
 * Descendants are one prefix match, ancestors one key list read from the path: no recursion, so corrupted data
 * cannot make a read loop. A move rewrites the prefix of the whole subtree in one UPDATE. Writers take the tree lock
 * first so that two moves never interleave their prefix rewrites.
 * <p>
 * A text key goes into the path as it is, so it may not be empty or contain the separator: {@code "ops/eu"} would
 * read as the child {@code eu} of {@code ops}, and a prefix rewrite or match of {@code ops} would reach it. Such keys
 * are refused before they are written. Positions in the path count characters, as {@code SUBSTR} does on every
 * database, not Java's UTF-16 units, so keys with characters above U+FFFF move correctly.
 */
final class MaterializedPathEncoding<T> implements TreeEncoding<T> {

	private static final String SEPARATOR = "/";

	private final TreeSupport<T> support;

	MaterializedPathEncoding(TreeSupport<T> support) {
		this.support = support;
	}

	private FieldMeta path() {
		return this.support.tree.path();
	}

	private FieldMeta depthField() {
		return this.support.tree.depth();
	}

	/**
	 * Refuses, before the node is saved, a key the path cannot hold; a key the database generates is a number.
	 * @throws InvalidValueException when the key is empty text or contains the separator
	 */
	@Override
	public void checkInsertable(T node) {
		Object key = this.support.model.primaryKeyValue(node);
		if (key != null) {
			segment(key);
		}
	}

	/** A key as it appears on the path. */
	private String segment(Object key) {
		String text = key.toString();
		if (text.isEmpty() || text.contains(SEPARATOR)) {
			throw new InvalidValueException("The " + this.support.model.name() + " tree (materialized path) cannot hold the key '"
					+ text + "': the path separates keys with '" + SEPARATOR + "', so a key may not be empty or contain it;"
					+ " choose another key, or the ADJACENCY_LIST or NESTED_SET strategy");
		}
		return text;
	}

	private String pathOf(T node) {
		Object path = path().get(node);
		if (path == null) {
			throw new IllegalStateException(this.support.model.name() + " " + this.support.key(node)
					+ " has no path: insert it through the tree manager, or rebuild the tree");
		}
		return (String) path;
	}

	@Override
	public List<T> ancestors(T node, boolean includeSelf) {
		List<Object> keys = new ArrayList<>();
		for (String segment : pathOf(node).split(SEPARATOR)) {
			if (!segment.isEmpty()) {
				keys.add(GenericKeys.toModelKey(this.support.model, segment));
			}
		}
		if (!includeSelf) {
			keys.remove(keys.size() - 1);
		}
		if (keys.isEmpty()) {
			return new ArrayList<>();
		}
		return new ArrayList<>(this.support.rows().filter("pk__in", keys).orderBy(depthField().name()).list());
	}

	@Override
	public List<T> descendants(T node, int maxDepth, boolean includeSelf) {
		int depth = this.support.intValue(node, depthField());
		var query = this.support.rows().filter(path().name() + "__startswith", pathOf(node));
		if (!includeSelf) {
			query = query.exclude("pk", this.support.key(node));
		}
		if (maxDepth < Integer.MAX_VALUE) {
			query = query.filter(depthField().name() + "__lte", depth + maxDepth);
		}
		return new ArrayList<>(query.orderBy(depthField().name(), "pk").list());
	}

	@Override
	public int depth(T node) {
		return this.support.intValue(node, depthField());
	}

	@Override
	public void inserted(T node, T parent) {
		String parentPath = SEPARATOR;
		int depth = 0;
		if (parent != null) {
			Map<String, Object> fresh = this.support.row(this.support.key(parent), path(), depthField());
			parentPath = (String) fresh.get(path().name());
			depth = ((Number) fresh.get(depthField().name())).intValue() + 1;
		}
		String path = parentPath + segment(this.support.key(node)) + SEPARATOR;
		this.support.updateRow(this.support.key(node), new FieldMeta[] { path(), depthField() }, new Object[] { path, depth });
		InstanceUndo.set(path(), node, path);
		InstanceUndo.set(depthField(), node, depth);
	}

	@Override
	public void move(T node, T newParent) {
		Object key = this.support.key(node);
		Map<String, Object> current = this.support.row(key, path(), depthField());
		String oldPrefix = (String) current.get(path().name());
		int oldDepth = ((Number) current.get(depthField().name())).intValue();
		String parentPath = SEPARATOR;
		int newDepth = 0;
		if (newParent != null) {
			Map<String, Object> parent = this.support.row(this.support.key(newParent), path(), depthField());
			parentPath = (String) parent.get(path().name());
			if (parentPath.startsWith(oldPrefix)) {
				throw new TreeCycleError("Cannot move " + this.support.model.name() + " " + key + " under "
						+ this.support.key(newParent) + ", which is the node itself or one of its descendants");
			}
			newDepth = ((Number) parent.get(depthField().name())).intValue() + 1;
		}
		String newPrefix = parentPath + segment(key) + SEPARATOR;
		PatternMatch match = this.support.context.dialect().patternMatch(PatternKind.STARTS_WITH, false, oldPrefix);
		String column = this.support.context.dialect().quote(path().column());
		// path = newPrefix || SUBSTR(path, len(oldPrefix) + 1) for the node and everything below it. SUBSTR counts
		// characters, so the prefix is measured in code points: a key above U+FFFF is two UTF-16 units in Java.
		SqlBuilder statement = this.support.sql()
			.sql("UPDATE ")
			.id(this.support.model.table())
			.sql(" SET ")
			.id(path().column())
			.sql(" = ")
			.sqlWithParams(this.support.context.dialect().concat("?", "SUBSTR(" + column + ", ?)"),
					new Object[] { newPrefix, oldPrefix.codePointCount(0, oldPrefix.length()) + 1 }, new Class<?>[] { String.class, Integer.class })
			.sql(", ")
			.id(depthField().column())
			.sql(" = ")
			.id(depthField().column())
			.sql(" + ")
			.param(newDepth - oldDepth, Integer.class)
			.sql(" WHERE ")
			.sql(match.sqlBeforeColumn())
			.id(path().column());
		String after = match.sqlAfterColumn();
		int placeholder = after.indexOf('?');
		statement.sql(after.substring(0, placeholder)).param(match.value(), String.class).sql(after.substring(placeholder + 1));
		this.support.context.executor().update(statement.build(Operation.UPDATE, this.support.model.name()));
		this.support.setParent(node, newParent);
		InstanceUndo.set(path(), node, newPrefix);
		InstanceUndo.set(depthField(), node, newDepth);
	}

	@Override
	public void rebuild(List<T> all, Map<Object, List<T>> childrenByParent, List<T> roots) {
		List<Object[]> rows = new ArrayList<>();
		Deque<Object[]> stack = new ArrayDeque<>();
		for (T root : roots) {
			stack.push(new Object[] { root, SEPARATOR + segment(this.support.key(root)) + SEPARATOR, 0 });
		}
		while (!stack.isEmpty()) {
			Object[] entry = stack.pop();
			@SuppressWarnings("unchecked")
			T node = (T) entry[0];
			String path = (String) entry[1];
			int depth = (Integer) entry[2];
			rows.add(new Object[] { path, depth, this.support.key(node) });
			path().set(node, path);
			depthField().set(node, depth);
			for (T child : childrenByParent.getOrDefault(this.support.key(node), List.of())) {
				stack.push(new Object[] { child, path + segment(this.support.key(child)) + SEPARATOR, depth + 1 });
			}
		}
		this.support.updateRows(new FieldMeta[] { path(), depthField() }, rows);
	}

	@Override
	public void verify(List<T> all, Map<Object, T> byKey, List<String> problems) {
		for (T node : all) {
			Object key = this.support.model.primaryKeyValue(node);
			Object parentKey = this.support.parentKey(node);
			T parent = (parentKey == null) ? null : byKey.get(parentKey);
			String text = String.valueOf(key);
			if (text.isEmpty() || text.contains(SEPARATOR)) {
				problems.add(this.support.model.name() + " " + key + " has a key the path cannot hold (empty, or containing '"
						+ SEPARATOR + "')");
			}
			String expected = (parent == null ? SEPARATOR : (String) path().get(parent)) + key + SEPARATOR;
			int expectedDepth = (parent == null) ? 0 : this.support.intValue(parent, depthField()) + 1;
			if (!expected.equals(path().get(node))) {
				problems.add(this.support.model.name() + " " + key + " has path " + path().get(node) + ", expected " + expected);
			}
			if (this.support.intValue(node, depthField()) != expectedDepth) {
				problems.add(this.support.model.name() + " " + key + " has depth " + depthField().get(node) + ", expected "
						+ expectedDepth);
			}
		}
	}
}
