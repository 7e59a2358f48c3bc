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
 * step share one subquery (they constrain the same related row), as do ORs nested in that AND whose leaves cross it
 * (see renderAnd), so that one {@code filter} call reads as Django's reused joins do. Negation uses
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
		render(condition, new Frame(scope.root(), scope, List.of(), "", null), out);
	}

	private void render(Q condition, Frame frame, SqlBuilder out) {
		if (condition.isEmpty()) {
			// Django's empty Q(): no condition, also negated or combined (Q() | x is x).
			out.sql("1 = 1");
			return;
		}
		switch (condition.kind()) {
			case LEAF -> renderLeaf(leaf(frame.root(), condition), frame, out);
			case OR -> {
				out.sql("(");
				boolean first = true;
				for (Q child : condition.children()) {
					if (child.isEmpty()) {
						continue;
					}
					out.sql(first ? "(" : " OR (");
					render(child, frame, out);
					out.sql(")");
					first = false;
				}
				out.sql(")");
			}
			case NOT -> {
				if (frame.outer() != null) {
					// Inside a shared subquery, a negation is not about that related row: as Django's exclude, it is
					// its own subquery from the statement's rows.
					render(condition, frame.outer(), out);
					return;
				}
				out.sql("(CASE WHEN (");
				render(condition.children().get(0), frame, out);
				out.sql(") THEN 1 ELSE 0 END) = 0");
			}
			case AND -> renderAnd(condition.children(), frame, out);
		}
	}

	/**
	 * The children of an AND (nested ANDs flattened, so {@code Q.allOf} and {@code and()} mean the same), each
	 * multi-valued step crossed by them in one subquery: the leaves that cross it, the ORs whose every leaf crosses
	 * it ("pure"), and, where that subquery already demands a related row, the ORs that also test other things
	 * ("mixed": those other tests, such as a column of the outer row, are rendered from the outer scope inside it). So
	 * everything of one {@code filter} call constrains the same related row, as Django's reused joins do.
	 */
	private void renderAnd(List<Q> children, Frame frame, SqlBuilder out) {
		List<Q> flat = new ArrayList<>();
		flattenAnd(children, flat);
		List<Object> items = new ArrayList<>(flat.size());
		for (Q child : flat) {
			if (child.kind() != Q.Kind.LEAF) {
				items.add(child);
				continue;
			}
			Leaf leaf = leaf(frame.root(), child);
			items.add(belongs(leaf, frame) ? leaf : new Outer(leaf));
		}
		renderItems(items, frame, false, out);
	}

	/**
	 * ANDed conditions of one frame (leaves of it, leaves of an outer frame, other conditions), grouped by the
	 * multi-valued step they cross; {@code bare} joins the parts with AND without parentheses, inside a subquery.
	 */
	private void renderItems(List<Object> items, Frame frame, boolean bare, SqlBuilder out) {
		List<Object> parts = new ArrayList<>();
		Map<String, Group> groups = new LinkedHashMap<>();
		List<Q> mixed = new ArrayList<>();
		for (Object item : items) {
			if (item instanceof Leaf leaf) {
				List<JoinStep> through = through(leaf, frame);
				if (through == null) {
					parts.add(leaf);
				}
				else {
					group(groups, parts, through).items.add(leaf);
				}
				continue;
			}
			if (item instanceof Outer) {
				parts.add(item);
				continue;
			}
			Q child = (Q) item;
			Crossing crossing = (child.kind() == Q.Kind.OR) ? crossing(child, frame) : null;
			if (crossing == null) {
				parts.add(child);
			}
			else if (crossing.pure()) {
				group(groups, parts, crossing.through()).items.add(child);
			}
			else {
				mixed.add(child);
			}
		}
		for (Q child : mixed) {
			Group group = groups.get(stepsKey(crossing(child, frame).through()));
			if (group != null) {
				group.items.add(child);
			}
			else {
				// No other condition demands a related row here: "row matches or outer column matches" must also
				// hold with no related row at all, which a subquery cannot say; each side on its own instead.
				parts.add(child);
			}
		}
		if (parts.isEmpty()) {
			out.sql("1 = 1");
			return;
		}
		if (!bare) {
			out.sql("(");
		}
		boolean first = true;
		for (Object part : parts) {
			if (bare) {
				out.sql(first ? "" : " AND ");
			}
			else {
				out.sql(first ? "(" : " AND (");
			}
			if (part instanceof Q q) {
				render(q, frame, out);
			}
			else if (part instanceof Leaf leaf) {
				renderLeafHere(leaf, frame, out);
			}
			else if (part instanceof Outer outer) {
				renderLeaf(outer.leaf(), frame.outer(), out);
			}
			else {
				Group group = (Group) part;
				subquery(group.through, group.items, frame, out, this.dialect.filtersManyByKeyInSubquery());
			}
			if (!bare) {
				out.sql(")");
			}
			first = false;
		}
		if (!bare) {
			out.sql(")");
		}
	}

	private static void flattenAnd(List<Q> children, List<Q> flat) {
		for (Q child : children) {
			if (child.isEmpty()) {
				continue;
			}
			if (child.kind() == Q.Kind.AND) {
				flattenAnd(child.children(), flat);
			}
			else {
				flat.add(child);
			}
		}
	}

	private static Group group(Map<String, Group> groups, List<Object> parts, List<JoinStep> through) {
		return groups.computeIfAbsent(stepsKey(through), key -> {
			Group group = new Group(through);
			parts.add(group);
			return group;
		});
	}

	/**
	 * Which multi-valued step an OR's leaves cross from this frame, if they share one: {@code null} when none does,
	 * when they cross different ones, or when an {@code isnull=true} leaf crosses it (which also matches "no related
	 * row", so it cannot go inside the subquery). Leaves that cross nothing from here and negations make it "mixed".
	 */
	private Crossing crossing(Q condition, Frame frame) {
		List<Leaf> leaves = new ArrayList<>();
		boolean negated = collectLeaves(condition, frame.root(), leaves);
		List<JoinStep> through = null;
		boolean pure = !negated; // a negation is rendered on its own, from the statement's rows
		List<List<JoinStep>> nullChecks = new ArrayList<>();
		for (Leaf leaf : leaves) {
			List<JoinStep> crossed = belongs(leaf, frame) ? firstCrossed(leaf, frame) : null;
			if (crossed == null) {
				pure = false; // tests something of this frame's row (or an outer one)
				continue;
			}
			if (leaf.isNullAcrossMany(frame)) {
				pure = false;
				nullChecks.add(crossed);
				continue;
			}
			if (through == null) {
				through = crossed;
			}
			else if (!stepsKey(through).equals(stepsKey(crossed))) {
				return null;
			}
		}
		if (through == null) {
			return null;
		}
		for (List<JoinStep> nullCheck : nullChecks) {
			if (stepsKey(nullCheck).equals(stepsKey(through))) {
				return null; // isnull=true across the shared step also matches "no related row"
			}
		}
		return new Crossing(through, pure);
	}

	/** The leaves of a condition outside negations; whether it holds a negation. */
	private static boolean collectLeaves(Q condition, ModelMeta<?> root, List<Leaf> leaves) {
		if (condition.isEmpty()) {
			return false;
		}
		return switch (condition.kind()) {
			case LEAF -> {
				leaves.add(leaf(root, condition));
				yield false;
			}
			case NOT -> true;
			default -> {
				boolean negated = false;
				for (Q child : condition.children()) {
					negated |= collectLeaves(child, root, leaves);
				}
				yield negated;
			}
		};
	}

	/**
	 * The full steps of a leaf up to and including the first multi-valued step it crosses from this frame, where a
	 * subquery sharing that row can hold it; {@code null} when it crosses none or is an {@code isnull=true} across it
	 * (which also matches "no related row").
	 */
	private static List<JoinStep> through(Leaf leaf, Frame frame) {
		return leaf.isNullAcrossMany(frame) ? null : firstCrossed(leaf, frame);
	}

	private static List<JoinStep> firstCrossed(Leaf leaf, Frame frame) {
		int multi = firstMultiValued(leaf.relative(frame));
		return (multi < 0) ? null : leaf.steps.subList(0, frame.depth() + multi + 1);
	}

	/**
	 * Whether a leaf met while rendering a condition inside a frame is about that frame's related row: the outermost
	 * frame holds every leaf; a subquery's frame only those that its outer frame would have put in it. The others
	 * (a column of the outer row, another relation, an {@code isnull=true}) are rendered from the outer frame.
	 */
	private static boolean belongs(Leaf leaf, Frame frame) {
		if (frame.outer() == null) {
			return true;
		}
		if (!belongs(leaf, frame.outer()) || leaf.steps.size() < frame.depth()) {
			return false;
		}
		List<JoinStep> through = through(leaf, frame.outer());
		return through != null && stepsKey(through).equals(frame.key());
	}

	private void renderLeaf(Leaf leaf, Frame frame, SqlBuilder out) {
		if (!belongs(leaf, frame)) {
			renderLeaf(leaf, frame.outer(), out);
			return;
		}
		renderLeafHere(leaf, frame, out);
	}

	/** A leaf about this frame's row (or rows it reaches), with the steps past the frame's own. */
	private void renderLeafHere(Leaf leaf, Frame frame, SqlBuilder out) {
		if (leaf.isNullAcrossMany(frame)) {
			renderIsNullAcrossMany(leaf, frame, out);
			return;
		}
		List<JoinStep> through = firstCrossed(leaf, frame);
		if (through != null) {
			subquery(through, List.of(leaf), frame, out, this.dialect.filtersManyByKeyInSubquery());
			return;
		}
		String alias = frame.scope().alias(leaf.relative(frame));
		comparison(alias, leaf.path.field(), leaf.path.lookup(), leaf.value, out);
	}

	/**
	 * {@code books__title__isnull=true}: as with Django's outer joins, true when there is no row at the first
	 * multi-valued step, or such a row for which the rest of the path is null: its column is NULL, or, past a second
	 * multi-valued step ({@code books__tags__isnull}), that step has no row (the rest is rendered the same way, inside
	 * the subquery). Where the rest is only the crossed row's own key, which is never NULL, the first part is all.
	 */
	private void renderIsNullAcrossMany(Leaf leaf, Frame frame, SqlBuilder out) {
		List<JoinStep> through = firstCrossed(leaf, frame);
		ModelMeta<?> crossed = through.get(through.size() - 1).to();
		Leaf anyRow = new Leaf(new ResolvedPath(leaf.path.relations(), crossed.primaryKey(), Lookup.ISNULL,
				leaf.path.expression()), through, Boolean.FALSE);
		out.sql("(NOT ");
		subquery(through, List.of(anyRow), frame, out, false);
		if (!(leaf.steps.size() == through.size() && leaf.path.field().primaryKey())) {
			out.sql(" OR ");
			subquery(through, List.of(leaf), frame, out, this.dialect.filtersManyByKeyInSubquery());
		}
		out.sql(")");
	}

	/**
	 * One subquery for conditions sharing the same steps up to and including their first multi-valued step
	 * ({@code through}): leaves, rendered in the subquery, and ORs, whose leaves about that related row are rendered
	 * in it and whose other leaves refer to the outer rows. A correlated {@code EXISTS}, or
	 * {@code outer.key IN (SELECT related.key ...)} where the dialect {@link Dialect#filtersManyByKeyInSubquery() plans
	 * that better} and the result is never negated by SQL NOT (where a NULL key in the subquery would turn "not in"
	 * into unknown).
	 */
	private void subquery(List<JoinStep> through, List<Object> items, Frame frame, SqlBuilder out,
			boolean keyInAllowed) {
		JoinStep crossing = through.get(through.size() - 1);
		String outer = frame.scope().alias(through.subList(frame.depth(), through.size() - 1));
		JoinScope sub = new JoinScope(crossing.to(), this.aliases);
		Frame inner = new Frame(frame.root(), sub, through, stepsKey(through), frame);
		SqlBuilder conditions = new SqlBuilder(this.dialect);
		// Grouped again: lookups crossing a second multi-valued step from this row share its subquery too.
		renderItems(items, inner, true, conditions);
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

	/** A resolved lookup with its steps from the statement's root model. */
	private record Leaf(ResolvedPath path, List<JoinStep> steps, Object value) {

		/** The steps still to cross from a frame's related row. */
		List<JoinStep> relative(Frame frame) {
			return this.steps.subList(frame.depth(), this.steps.size());
		}

		/**
		 * An {@code isnull=true} lookup that crosses a multi-valued step from the frame: it also matches "no related
		 * row".
		 */
		boolean isNullAcrossMany(Frame frame) {
			return this.path.lookup() == Lookup.ISNULL && Boolean.TRUE.equals(this.value)
					&& firstMultiValued(relative(frame)) >= 0;
		}
	}

	/**
	 * Where a condition is rendered: the statement's FROM (no outer frame), or a subquery for the related row reached
	 * by {@code prefix} (the steps from the root, ending with a multi-valued one), whose conditions may refer to the
	 * outer frames' rows.
	 */
	private record Frame(ModelMeta<?> root, JoinScope scope, List<JoinStep> prefix, String key, Frame outer) {

		int depth() {
			return this.prefix.size();
		}
	}

	/** A leaf met inside a subquery's condition that is about an outer frame's row. */
	private record Outer(Leaf leaf) {
	}

	/** Conditions sharing one subquery: leaves and ORs. */
	private static final class Group {

		final List<JoinStep> through;

		final List<Object> items = new ArrayList<>();

		Group(List<JoinStep> through) {
			this.through = through;
		}
	}

	/** The multi-valued step an OR crosses; pure when every leaf of it crosses that step and nothing else is tested. */
	private record Crossing(List<JoinStep> through, boolean pure) {
	}
}
