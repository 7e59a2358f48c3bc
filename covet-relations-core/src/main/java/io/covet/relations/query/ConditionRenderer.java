package io.covet.relations.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.covet.relations.dialect.KeyListSubquery;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.dialect.PatternKind;
import io.covet.relations.dialect.PatternMatch;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.internal.Values;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.JoinStep;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.sql.SqlBuilder;

/**
 * Renders {@link Q} conditions to SQL. Single-valued paths become joins; a path that crosses a multi-valued step
 * becomes a subquery ({@code EXISTS}, or {@code key IN (SELECT ...)} where the dialect plans that better), so rows
 * are never duplicated and no DISTINCT is needed. Lookups ANDed in one condition that cross the same multi-valued
 * step share one subquery (they constrain the same related row). Negation uses
 * {@code CASE WHEN c THEN 1 ELSE 0 END = 0} so that rows where {@code c} is NULL are kept, as in Django's
 * {@code exclude}.
 */
final class ConditionRenderer {

	private final Dialect dialect;

	private final JoinScope.AliasCounter aliases;

	ConditionRenderer(Dialect dialect, JoinScope.AliasCounter aliases) {
		this.dialect = dialect;
		this.aliases = aliases;
	}

	void render(Q condition, JoinScope scope, SqlBuilder out) {
		if (condition.isEmpty()) {
			// Django's empty Q(): no condition, also negated or combined (Q() | x is x).
			out.sql("1 = 1");
			return;
		}
		switch (condition.kind()) {
			case LEAF -> renderLeaf(leaf(scope.root(), condition), scope, out);
			case OR -> {
				out.sql("(");
				boolean first = true;
				for (Q child : condition.children()) {
					if (child.isEmpty()) {
						continue;
					}
					out.sql(first ? "(" : " OR (");
					render(child, scope, out);
					out.sql(")");
					first = false;
				}
				out.sql(")");
			}
			case NOT -> {
				out.sql("(CASE WHEN (");
				render(condition.children().get(0), scope, out);
				out.sql(") THEN 1 ELSE 0 END) = 0");
			}
			case AND -> renderAnd(condition.children(), scope, out);
		}
	}

	private void renderAnd(List<Q> children, JoinScope scope, SqlBuilder out) {
		List<Object> parts = new ArrayList<>();
		Map<String, List<Leaf>> groups = new LinkedHashMap<>();
		for (Q child : children) {
			if (child.isEmpty()) {
				continue;
			}
			if (child.kind() != Q.Kind.LEAF) {
				parts.add(child);
				continue;
			}
			Leaf leaf = leaf(scope.root(), child);
			int multi = firstMultiValued(leaf.steps);
			if (multi < 0 || leaf.isNullAcrossMany()) {
				parts.add(leaf);
				continue;
			}
			String key = stepsKey(leaf.steps.subList(0, multi + 1));
			List<Leaf> group = groups.get(key);
			if (group == null) {
				group = new ArrayList<>();
				groups.put(key, group);
				parts.add(group);
			}
			group.add(leaf);
		}
		if (parts.isEmpty()) {
			out.sql("1 = 1");
			return;
		}
		out.sql("(");
		boolean first = true;
		for (Object part : parts) {
			out.sql(first ? "(" : " AND (");
			if (part instanceof Q q) {
				render(q, scope, out);
			}
			else if (part instanceof Leaf leaf) {
				renderLeaf(leaf, scope, out);
			}
			else {
				@SuppressWarnings("unchecked")
				List<Leaf> group = (List<Leaf>) part;
				renderAcrossMany(group, scope, out);
			}
			out.sql(")");
			first = false;
		}
		out.sql(")");
	}

	private void renderLeaf(Leaf leaf, JoinScope scope, SqlBuilder out) {
		if (leaf.isNullAcrossMany()) {
			renderIsNullAcrossMany(leaf, scope, out);
			return;
		}
		if (firstMultiValued(leaf.steps) >= 0) {
			renderAcrossMany(List.of(leaf), scope, out);
			return;
		}
		String alias = scope.alias(leaf.steps);
		comparison(alias, leaf.path.field(), leaf.path.lookup(), leaf.value, out);
	}

	/**
	 * {@code books__title__isnull=true}: as with Django's outer joins, true when there is no row at the first
	 * multi-valued step, or such a row for which the rest of the path is null: its column is NULL, or, past a second
	 * multi-valued step ({@code books__tags__isnull}), that step has no row (the rest is rendered the same way, inside
	 * the subquery). Where the rest is only the crossed row's own key, which is never NULL, the first part is all.
	 */
	private void renderIsNullAcrossMany(Leaf leaf, JoinScope scope, SqlBuilder out) {
		int multi = firstMultiValued(leaf.steps);
		ModelMeta<?> crossed = leaf.steps.get(multi).to();
		Leaf anyRow = new Leaf(new ResolvedPath(leaf.path.relations(), crossed.primaryKey(), Lookup.ISNULL,
				leaf.path.expression()), leaf.steps.subList(0, multi + 1), Boolean.FALSE);
		out.sql("(NOT ");
		subquery(List.of(anyRow), scope, out, false);
		if (!(leaf.steps.size() == multi + 1 && leaf.path.field().primaryKey())) {
			out.sql(" OR ");
			renderAcrossMany(List.of(leaf), scope, out);
		}
		out.sql(")");
	}

	/**
	 * One subquery for leaves sharing the same steps up to and including their first multi-valued step: a
	 * correlated {@code EXISTS}, or {@code outer.key IN (SELECT related.key ...)} where the dialect
	 * {@link Dialect#filtersManyByKeyInSubquery() plans that better} and the result is never negated by SQL NOT
	 * (where a NULL key in the subquery would turn "not in" into unknown).
	 */
	private void renderAcrossMany(List<Leaf> leaves, JoinScope scope, SqlBuilder out) {
		subquery(leaves, scope, out, this.dialect.filtersManyByKeyInSubquery());
	}

	private void subquery(List<Leaf> leaves, JoinScope scope, SqlBuilder out, boolean keyInAllowed) {
		List<JoinStep> steps = leaves.get(0).steps;
		int multi = firstMultiValued(steps);
		JoinStep crossing = steps.get(multi);
		String outer = scope.alias(steps.subList(0, multi));
		JoinScope sub = new JoinScope(crossing.to(), this.aliases);
		SqlBuilder conditions = new SqlBuilder(this.dialect);
		for (Leaf leaf : leaves) {
			if (!conditions.isEmpty()) {
				conditions.sql(" AND ");
			}
			renderLeaf(new Leaf(leaf.path, leaf.steps.subList(multi + 1, leaf.steps.size()), leaf.value), sub,
					conditions);
		}
		if (keyInAllowed && !(crossing.generic() != null && crossing.generic().keyAsText())) {
			// Uncorrelated: the database can read the related rows first, by the conditions' own indexes.
			out.column(outer, crossing.fromField().column())
				.sql(" IN (SELECT ")
				.column(sub.rootAlias(), crossing.toField().column());
			sub.renderFrom(out);
			out.sql(" WHERE ");
			if (crossing.generic() != null) {
				JoinConditions.renderContentType(out, crossing.generic(), sub.rootAlias());
				out.sql(" AND ");
			}
		}
		else {
			out.sql("EXISTS (SELECT 1");
			sub.renderFrom(out);
			out.sql(" WHERE ");
			JoinConditions.render(out, crossing, outer, sub.rootAlias());
			out.sql(" AND ");
		}
		out.append(conditions).sql(")");
	}

	private void comparison(String alias, FieldMeta field, Lookup lookup, Object value, SqlBuilder out) {
		Class<?> type = field.valueType();
		switch (lookup) {
			case EXACT -> {
				Object converted = Values.toColumnValue(field, value);
				out.column(alias, field.column());
				if (converted == null) {
					out.sql(" IS NULL");
				}
				else {
					out.sql(" = ").param(converted, type);
				}
			}
			case IEXACT -> out.sql("UPPER(").column(alias, field.column()).sql(") = UPPER(").param(text(field, lookup, value), type).sql(")");
			case CONTAINS, ICONTAINS, STARTSWITH, ISTARTSWITH, ENDSWITH, IENDSWITH -> {
				PatternMatch match = this.dialect.patternMatch(patternKind(lookup), lookup.name().startsWith("I"),
						text(field, lookup, value));
				out.sql(match.sqlBeforeColumn()).column(alias, field.column());
				String after = match.sqlAfterColumn();
				int placeholder = after.indexOf('?');
				out.sql(after.substring(0, placeholder)).param(match.value(), String.class).sql(after.substring(placeholder + 1));
			}
			case IN -> in(alias, field, value, out);
			case GT -> out.column(alias, field.column()).sql(" > ").param(required(field, lookup, value), type);
			case GTE -> out.column(alias, field.column()).sql(" >= ").param(required(field, lookup, value), type);
			case LT -> out.column(alias, field.column()).sql(" < ").param(required(field, lookup, value), type);
			case LTE -> out.column(alias, field.column()).sql(" <= ").param(required(field, lookup, value), type);
			case ISNULL -> {
				if (!(value instanceof Boolean isNull)) {
					throw new InvalidValueException("Lookup " + field.describe() + "__isnull expects true or false, got " + value);
				}
				out.column(alias, field.column()).sql(isNull ? " IS NULL" : " IS NOT NULL");
			}
			case RANGE -> {
				List<Object> bounds = collection(field, lookup, value);
				if (bounds.size() != 2) {
					throw new InvalidValueException("Lookup " + field.describe() + "__range expects two values, got " + bounds.size());
				}
				out.column(alias, field.column())
					.sql(" BETWEEN ")
					.param(required(field, lookup, bounds.get(0)), type)
					.sql(" AND ")
					.param(required(field, lookup, bounds.get(1)), type);
			}
		}
	}

	private void in(String alias, FieldMeta field, Object value, SqlBuilder out) {
		Collection<?> items = items(field, Lookup.IN, value);
		List<Object> keys = new ArrayList<>(items.size());
		for (Object item : items) {
			Object converted = Values.toColumnValue(field, item);
			if (converted != null) {
				keys.add(converted);
			}
		}
		keyIn(alias, field, keys, out);
	}

	/**
	 * {@code alias.column IN (keys)}: one array parameter where the dialect has them, else one parameter per key, or
	 * for a list longer than {@link io.covet.relations.dialect.Dialect#maxKeysBeforeJsonList()} one JSON array
	 * parameter where the dialect can unpack it.
	 */
	void keyIn(String alias, FieldMeta field, List<?> keys, SqlBuilder out) {
		if (keys.isEmpty()) {
			out.sql("1 = 0");
			return;
		}
		Class<?> type = field.valueType();
		if (this.dialect.bindsKeysAsArray(type)) {
			// One array parameter: no bind-parameter cap, one statement whatever the list size.
			out.column(alias, field.column()).sql(" = ANY(").arrayParam(keys.toArray(), type).sql(")");
			return;
		}
		if (keys.size() > this.dialect.maxKeysBeforeJsonList()) {
			KeyListSubquery keyList = this.dialect.jsonKeyList(type);
			if (keyList != null) {
				// A long list: the whole list as one JSON text parameter, still one statement.
				out.column(alias, field.column()).sql(" IN (")
					.sqlWithParams(keyList.sql(), new Object[] { KeyListSubquery.json(keys) }, new Class<?>[] { String.class })
					.sql(")");
				return;
			}
		}
		if (keys.size() > this.dialect.maxKeysPerInList()) {
			throw new InvalidQueryException("An IN-list of " + keys.size() + " values on " + field.describe()
					+ " is longer than the " + this.dialect.maxKeysPerInList() + " that " + this.dialect.name()
					+ " binds in one statement, and " + field.valueType().getSimpleName()
					+ " keys cannot go as one JSON array there; split it, or use prefetchRelated which chunks automatically");
		}
		out.reserve(keys.size(), 3 * keys.size()).column(alias, field.column()).sql(" IN (");
		for (int i = 0; i < keys.size(); i++) {
			if (i > 0) {
				out.sql(", ");
			}
			out.param(keys.get(i), type);
		}
		out.sql(")");
	}

	private static Object required(FieldMeta field, Lookup lookup, Object value) {
		Object converted = Values.toColumnValue(field, value);
		if (converted == null) {
			throw new InvalidValueException("Lookup " + field.describe() + "__" + lookup.lookupName()
					+ " does not accept null; use __isnull");
		}
		return converted;
	}

	private static String text(FieldMeta field, Lookup lookup, Object value) {
		if (!(value instanceof String text)) {
			throw new InvalidValueException("Lookup " + field.describe() + "__" + lookup.lookupName() + " expects a String, got "
					+ (value == null ? "null" : value.getClass().getSimpleName()));
		}
		return text;
	}

	private static List<Object> collection(FieldMeta field, Lookup lookup, Object value) {
		return new ArrayList<>(items(field, lookup, value));
	}

	/** The values of a collection or array lookup, as they are (a prefetch's hundred thousand keys are not copied). */
	private static Collection<?> items(FieldMeta field, Lookup lookup, Object value) {
		if (value instanceof Collection<?> collection) {
			return collection;
		}
		if (value instanceof Object[] array) {
			return Arrays.asList(array);
		}
		throw new InvalidValueException("Lookup " + field.describe() + "__" + lookup.lookupName()
				+ " expects a collection or array, got " + (value == null ? "null" : value.getClass().getSimpleName()));
	}

	private static PatternKind patternKind(Lookup lookup) {
		return switch (lookup) {
			case STARTSWITH, ISTARTSWITH -> PatternKind.STARTS_WITH;
			case ENDSWITH, IENDSWITH -> PatternKind.ENDS_WITH;
			default -> PatternKind.CONTAINS;
		};
	}

	private static Leaf leaf(ModelMeta<?> root, Q condition) {
		ResolvedPath path = PathResolver.lookup(root, condition.lookup());
		if ((path.lookup() == Lookup.EXACT || path.lookup() == Lookup.IEXACT) && condition.value() == null) {
			// Django's exact=None (and iexact=None) is isnull=True: across a multi-valued relation it also matches
			// "no related row".
			ResolvedPath isNull = new ResolvedPath(path.relations(), path.field(), Lookup.ISNULL, path.expression());
			return new Leaf(isNull, isNull.steps(), Boolean.TRUE);
		}
		return new Leaf(path, path.steps(), condition.value());
	}

	static int firstMultiValued(List<JoinStep> steps) {
		for (int i = 0; i < steps.size(); i++) {
			if (steps.get(i).multiValued()) {
				return i;
			}
		}
		return -1;
	}

	private static String stepsKey(List<JoinStep> steps) {
		StringBuilder key = new StringBuilder();
		for (JoinStep step : steps) {
			key.append('/').append(step.key());
		}
		return key.toString();
	}

	/** A resolved lookup with the steps still to cross from the current scope. */
	private record Leaf(ResolvedPath path, List<JoinStep> steps, Object value) {

		/** An {@code isnull=true} lookup that crosses a multi-valued step: it also matches "no related row". */
		boolean isNullAcrossMany() {
			return this.path.lookup() == Lookup.ISNULL && Boolean.TRUE.equals(this.value)
					&& firstMultiValued(this.steps) >= 0;
		}
	}
}
