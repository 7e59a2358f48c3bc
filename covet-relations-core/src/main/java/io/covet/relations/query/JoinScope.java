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

	/** Whether {@link #alias} joins along these steps with inner joins only: each follows a required foreign key. */
	static boolean isInner(List<JoinStep> steps) {
		for (JoinStep step : steps) {
			if (!step.followsRequiredForeignKey()) {
				return false;
			}
		}
		return true;
	}

	/** Appends {@code FROM root alias [JOIN ...]}. */
	void renderFrom(SqlBuilder sql) {
		sql.sql(" FROM ").id(this.root.table()).sql(" ").sql(this.rootAlias);
		for (Join join : this.joins) {
			sql.sql(join.inner ? " INNER JOIN " : " LEFT JOIN ")
				.id(join.step.to().table())
				.sql(" ")
				.sql(join.alias)
				.sql(" ON ");
			JoinConditions.render(sql, join.step, join.parent, join.alias);
		}
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
