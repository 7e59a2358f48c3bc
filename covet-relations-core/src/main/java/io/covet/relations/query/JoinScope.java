package io.covet.relations.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.covet.relations.metadata.JoinStep;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.sql.SqlBuilder;

/**
 * The FROM clause of one SELECT (the statement itself or an EXISTS subquery): a root table and the single-valued
 * joins added as lookups, ordering and {@code selectRelated} need them. Equal step paths share one join.
 */
final class JoinScope {

	private final ModelMeta<?> root;

	private final String rootAlias;

	private final AliasCounter aliases;

	private final Map<String, String> aliasByPath = new HashMap<>();

	private final List<Join> joins = new ArrayList<>();

	/** The step to a table read before the root, and that table's alias; {@code null} without one. */
	private JoinStep leadingStep;

	private String leadingAlias;

	JoinScope(ModelMeta<?> root, AliasCounter aliases) {
		this.root = root;
		this.aliases = aliases;
		this.rootAlias = aliases.next();
	}

	ModelMeta<?> root() {
		return this.root;
	}

	String rootAlias() {
		return this.rootAlias;
	}

	boolean hasJoins() {
		return !this.joins.isEmpty();
	}

	/**
	 * Alias of the table reached by following single-valued steps from the root, adding joins as needed. A step
	 * along a required foreign key is an inner join when everything before it is; anything else is a left join.
	 */
	String alias(List<JoinStep> steps) {
		String parent = this.rootAlias;
		StringBuilder path = new StringBuilder();
		boolean inner = true;
		for (JoinStep step : steps) {
			path.append('/').append(step.key());
			inner = inner && step.followsRequiredForeignKey(); // as isInner(steps) for every prefix
			String alias = this.aliasByPath.get(path.toString());
			if (alias == null) {
				alias = this.aliases.next();
				this.aliasByPath.put(path.toString(), alias);
				this.joins.add(new Join(alias, step, parent, inner));
			}
			parent = alias;
		}
		return parent;
	}

	/**
	 * Alias of a table joined to the root by {@code step} and read before it: FROM names it first and joins the root
	 * to it with the dialect's {@link io.covet.relations.dialect.Dialect#orderKeepingJoin() order-keeping join}. For
	 * the link table of a many-to-many prefetch, whose rows the WHERE clause restricts to the owners' keys.
	 */
	String leadingAlias(JoinStep step) {
		if (this.leadingStep != null) {
			throw new IllegalStateException("One table leads a FROM clause");
		}
		this.leadingStep = step;
		this.leadingAlias = this.aliases.next();
		this.aliasByPath.put("/" + step.key(), this.leadingAlias); // the path alias(List.of(step)) would use
		return this.leadingAlias;
	}

	/** Whether {@link #alias} joins along these steps with inner joins only: each follows a required foreign key. */
	static boolean isInner(List<JoinStep> steps) {
		for (JoinStep step : steps) {
			if (!step.followsRequiredForeignKey()) {
				return false;
			}
		}
		return true;
	}

	/** Appends {@code FROM root alias [JOIN ...]}, or {@code FROM leading alias JOIN root alias ON ... [JOIN ...]}. */
	void renderFrom(SqlBuilder sql) {
		sql.sql(" FROM ");
		if (this.leadingStep != null) {
			sql.id(this.leadingStep.to().table()).sql(" ").sql(this.leadingAlias).sql(sql.dialect().orderKeepingJoin());
			appendJoined(sql, this.root.table(), this.rootAlias, this.leadingStep, this.rootAlias, this.leadingAlias);
		}
		else {
			sql.id(this.root.table()).sql(" ").sql(this.rootAlias);
		}
		for (Join join : this.joins) {
			sql.sql(join.inner ? " INNER JOIN " : " LEFT JOIN ");
			appendJoined(sql, join.step.to().table(), join.alias, join.step, join.parent, join.alias);
		}
	}

	/** {@code table alias ON ...}: the table just joined, and the condition of {@code step} between the two aliases. */
	private static void appendJoined(SqlBuilder sql, String table, String alias, JoinStep step, String fromAlias,
			String toAlias) {
		sql.id(table).sql(" ").sql(alias).sql(" ON ");
		JoinConditions.render(sql, step, fromAlias, toAlias);
	}

	private record Join(String alias, JoinStep step, String parent, boolean inner) {
	}

	/** Hands out table aliases {@code t0, t1, ...}, unique within one statement. */
	static final class AliasCounter {

		private int next;

		String next() {
			return "t" + this.next++;
		}
	}
}
