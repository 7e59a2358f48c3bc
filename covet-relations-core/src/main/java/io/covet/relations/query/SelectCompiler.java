package io.covet.relations.query;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.internal.Values;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.JoinStep;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;
import io.covet.relations.sql.SqlStatement;

/**
 * Turns a {@link QueryState} into SQL for one dialect: SELECT with joins for {@code selectRelated}, COUNT, EXISTS,
 * {@code values()} and UPDATE (deletes go through the deletion collector). Parameters only appear in WHERE, so the
 * clauses can be assembled in any order without disturbing parameter positions.
 */
final class SelectCompiler {

	private final Dialect dialect;

	private final ModelMeta<?> root;

	private final QueryState state;

	private final JoinScope.AliasCounter aliases = new JoinScope.AliasCounter();

	private final JoinScope scope;

	SelectCompiler(Dialect dialect, ModelMeta<?> root, QueryState state) {
		this.dialect = dialect;
		this.root = root;
		this.state = state;
		this.scope = new JoinScope(root, this.aliases);
	}

	CompiledSelect select() {
		return select(null, null, null);
	}

	/** {@link #select()} for a caller that reads the root's {@code readByCaller} column itself (a reverse prefetch). */
	CompiledSelect select(FieldMeta readByCaller) {
		return select(null, null, readByCaller);
	}

	/**
	 * A SELECT of the target side of a many-to-many for some owners: the through table joined in, restricted to the
	 * owners' keys, and the owner key read as the last column. One statement loads every owner's related objects.
	 */
	CompiledSelect selectLinked(ManyToManySide side, List<?> ownerKeys) {
		return select(side, ownerKeys, null);
	}

	private CompiledSelect select(ManyToManySide linkSide, List<?> ownerKeys, FieldMeta readByCaller) {
		List<SelectedModel> models = new ArrayList<>();
		List<List<JoinStep>> modelSteps = new ArrayList<>();
		models.add(new SelectedModel(this.root, 1, -1, null));
		modelSteps.add(List.of());
		int nextOffset = 1 + columnCount(this.root);
		Map<String, Integer> byPath = new LinkedHashMap<>();
		for (String path : this.state.selectRelated()) {
			List<Relation> relations = PathResolver.relations(this.root, path);
			int parent = 0;
			List<JoinStep> steps = new ArrayList<>();
			StringBuilder prefix = new StringBuilder();
			for (Relation relation : relations) {
				if (relation.isMultiValued()) {
					throw new InvalidQueryException("selectRelated(\"" + path + "\"): " + relation.describe()
							+ " is multi-valued; use prefetchRelated for it");
				}
				steps.addAll(relation.path());
				prefix.append(prefix.length() == 0 ? "" : "__").append(relation.name());
				if (relation instanceof ForeignKeyRelation key && key.column().isParentLink()) {
					// The parent's columns are already read into the same object.
					continue;
				}
				Integer existing = byPath.get(prefix.toString());
				if (existing != null) {
					parent = existing;
					continue;
				}
				models.add(new SelectedModel(relation.target(), nextOffset, parent, relation));
				modelSteps.add(List.copyOf(steps));
				nextOffset += columnCount(relation.target());
				parent = models.size() - 1;
				byPath.put(prefix.toString(), parent);
			}
		}
		SqlBuilder where = where();
		String linkAlias = null;
		if (linkSide != null) {
			// target.key <- through.otherKey: one row per (owner, target) pair, the owners' pairs read first.
			ForeignKeyRelation otherKey = linkSide.otherKey();
			linkAlias = this.scope.leadingAlias(new JoinStep(this.root, otherKey.targetField(), linkSide.through(),
					otherKey.column()));
			FieldMeta ownerColumn = linkSide.ownerKey().column();
			where.sql(where.isEmpty() ? " WHERE " : " AND ");
			new ConditionRenderer(this.dialect, this.aliases).keyIn(linkAlias, ownerColumn, ownerKeys, where);
		}
		SqlBuilder order = orderBy(this.state.ordering());
		List<Set<FieldMeta>> unread = unreadForeignKeys(models, modelSteps, readByCaller);
		SqlBuilder sql = new SqlBuilder(this.dialect).sql("SELECT ");
		boolean first = true;
		for (int i = 0; i < models.size(); i++) {
			first = appendColumns(sql, models.get(i).model(), modelSteps.get(i), unread.get(i), first);
		}
		if (linkSide != null) {
			sql.sql(", ").column(linkAlias, linkSide.ownerKey().column().column());
		}
		this.scope.renderFrom(sql);
		sql.append(where).append(order).sql(this.dialect.limitOffset(this.state.limit(), this.state.offset()));
		return new CompiledSelect(sql.build(Operation.SELECT, this.root.name()), models);
	}

	/**
	 * Per selected model, the foreign keys whose column no reader needs: each points at a model the SELECT joins
	 * with an inner join, so every row has the joined object, whose own key the loaded reference takes. Their
	 * values would cross the wire on every row for nothing; the caller's own column is always kept.
	 */
	private static List<Set<FieldMeta>> unreadForeignKeys(List<SelectedModel> models, List<List<JoinStep>> modelSteps,
			FieldMeta readByCaller) {
		List<Set<FieldMeta>> unread = new ArrayList<>();
		for (int i = 0; i < models.size(); i++) {
			unread.add(new HashSet<>());
		}
		for (int i = 1; i < models.size(); i++) {
			SelectedModel selected = models.get(i);
			ForeignKeyRelation foreignKey = selected.joinedThrough();
			if (foreignKey != null && JoinScope.isInner(modelSteps.get(i))
					&& !(selected.parent() == 0 && foreignKey.column() == readByCaller)) {
				unread.get(selected.parent()).add(foreignKey.column());
			}
		}
		return unread;
	}

	/**
	 * Appends a model's columns: those its SELECT reads from its own table, then, for a multi-table child, its
	 * parent's (joined through the parent link), up the hierarchy. An {@code unread} column is selected as
	 * {@code NULL} under its name, so each column keeps its position and every reader of the model the same layout.
	 */
	private boolean appendColumns(SqlBuilder sql, ModelMeta<?> model, List<JoinStep> steps, Set<FieldMeta> unread,
			boolean first) {
		String alias = this.scope.alias(steps);
		for (FieldMeta field : model.selectFields()) {
			sql.sql(first ? "" : ", ");
			if (unread.contains(field)) {
				sql.sql("NULL AS ").id(field.column());
			}
			else {
				sql.column(alias, field.column());
			}
			first = false;
		}
		if (model.parentLink() != null) {
			List<JoinStep> toParent = new ArrayList<>(steps);
			toParent.addAll(model.parentLink().path());
			first = appendColumns(sql, model.linkedParent(), toParent, unread, first);
		}
		return first;
	}

	/** Columns a SELECT of the model reads, parents of a multi-table child included. */
	static int columnCount(ModelMeta<?> model) {
		return model.selectFields().size() + (model.parentLink() != null ? columnCount(model.linkedParent()) : 0);
	}

	SqlStatement count() {
		SqlBuilder where = where();
		SqlBuilder sql = new SqlBuilder(this.dialect);
		if (this.state.isSliced()) {
			SqlBuilder order = orderBy(this.state.ordering());
			sql.sql("SELECT COUNT(*) FROM (SELECT ").column(this.scope.rootAlias(), this.root.primaryKey().column());
			appendRows(sql, where, order);
			sql.sql(") sliced");
		}
		else {
			sql.sql("SELECT COUNT(*)");
			this.scope.renderFrom(sql);
			sql.append(where);
		}
		return sql.build(Operation.SELECT, this.root.name());
	}

	SqlStatement exists() {
		SqlBuilder where = where();
		SqlBuilder sql = new SqlBuilder(this.dialect).sql("SELECT 1");
		this.scope.renderFrom(sql);
		long offset = this.state.offset() == null ? 0 : this.state.offset();
		long limit = (this.state.limit() != null && this.state.limit() == 0) ? 0 : 1;
		sql.append(where).sql(this.dialect.limitOffset(limit, offset));
		return sql.build(Operation.SELECT, this.root.name());
	}

	/** SELECT of the given field paths (single-valued only), in order. */
	SqlStatement values(List<ResolvedPath> paths) {
		List<String> columnAliases = new ArrayList<>();
		for (ResolvedPath path : paths) {
			columnAliases.add(singleValuedAlias(path, "values"));
		}
		SqlBuilder where = where();
		SqlBuilder order = orderBy(this.state.ordering());
		SqlBuilder sql = new SqlBuilder(this.dialect).sql("SELECT ");
		for (int i = 0; i < paths.size(); i++) {
			sql.sql(i > 0 ? ", " : "").column(columnAliases.get(i), paths.get(i).field().column());
		}
		appendRows(sql, where, order);
		return sql.build(Operation.SELECT, this.root.name());
	}

	/**
	 * The primary keys of the matching rows with the dialect's row lock ({@code FOR UPDATE}). A filter that joins
	 * other tables moves into {@code pk IN (subquery)}, so that only the model's own rows are locked, not the rows
	 * of the tables a filter reads (PostgreSQL also refuses to lock the nullable side of an outer join).
	 */
	SqlStatement lockedKeys() {
		SqlBuilder where = where();
		SqlBuilder order = sliceOrder(); // before the joins are looked at: an ordering can join too
		String pk = this.root.primaryKey().column();
		SqlBuilder sql = new SqlBuilder(this.dialect).sql("SELECT ");
		if (this.scope.hasJoins()) {
			sql.id(pk).sql(" FROM ").id(this.root.table());
			appendMatchingKeys(sql, where, order);
		}
		else {
			sql.column(this.scope.rootAlias(), pk);
			appendRows(sql, where, order);
		}
		return sql.sql(this.dialect.forUpdate()).build(Operation.SELECT, this.root.name());
	}

	/** UPDATE of local columns for every row the query matches. */
	SqlStatement update(Map<FieldMeta, Object> values) {
		SqlBuilder sql = new SqlBuilder(this.dialect).sql("UPDATE ").id(this.root.table()).sql(" SET ");
		boolean first = true;
		for (Map.Entry<FieldMeta, Object> entry : values.entrySet()) {
			FieldMeta field = entry.getKey();
			sql.sql(first ? "" : ", ").id(field.column()).sql(" = ").param(Values.toColumnValue(field, entry.getValue()),
					field.valueType());
			first = false;
		}
		appendMatchingKeys(sql, where(), sliceOrder());
		return sql.build(Operation.UPDATE, this.root.name());
	}

	/**
	 * {@code WHERE pk IN (SELECT pk ...)}: the same rows the SELECT would return, whatever joins and subqueries the
	 * filters need. MariaDB accepts the target table in the subquery since 10.3.1.
	 */
	private void appendMatchingKeys(SqlBuilder sql, SqlBuilder where, SqlBuilder order) {
		if (this.state.filters().isEmpty() && !this.state.isSliced()) {
			return;
		}
		String pk = this.root.primaryKey().column();
		sql.sql(" WHERE ").id(pk).sql(" IN (SELECT ");
		if (this.state.isSliced()) {
			// LIMIT inside IN (subquery) is refused by MariaDB; a derived table is accepted everywhere.
			sql.sql("sliced.").id(pk).sql(" FROM (SELECT ");
		}
		sql.column(this.scope.rootAlias(), pk);
		appendRows(sql, where, order);
		sql.sql(this.state.isSliced() ? ") sliced)" : ")");
	}

	/** {@code FROM ... WHERE ... ORDER BY ... LIMIT ...}: the query's rows, after the caller's select list. */
	private void appendRows(SqlBuilder sql, SqlBuilder where, SqlBuilder order) {
		this.scope.renderFrom(sql);
		sql.append(where).append(order).sql(this.dialect.limitOffset(this.state.limit(), this.state.offset()));
	}

	/** The ordering where it decides which rows a slice keeps; nothing for an unsliced UPDATE or lock. */
	private SqlBuilder sliceOrder() {
		return this.state.isSliced() ? orderBy(this.state.ordering()) : new SqlBuilder(this.dialect);
	}

	private SqlBuilder where() {
		SqlBuilder where = new SqlBuilder(this.dialect);
		if (this.state.filters().isEmpty()) {
			return where;
		}
		where.sql(" WHERE ");
		ConditionRenderer renderer = new ConditionRenderer(this.dialect, this.aliases);
		// Each filter() call on its own: lookups of different calls may match different related rows.
		List<Q> filters = this.state.filters();
		for (int i = 0; i < filters.size(); i++) {
			where.sql(i > 0 ? " AND (" : "(");
			renderer.render(filters.get(i), this.scope, where);
			where.sql(")");
		}
		return where;
	}

	private SqlBuilder orderBy(List<String> ordering) {
		SqlBuilder order = new SqlBuilder(this.dialect);
		for (int i = 0; i < ordering.size(); i++) {
			String expression = ordering.get(i);
			boolean descending = expression.startsWith("-");
			ResolvedPath path = PathResolver.field(this.root, descending ? expression.substring(1) : expression);
			String alias = singleValuedAlias(path, "orderBy");
			order.sql(i == 0 ? " ORDER BY " : ", ").column(alias, path.field().column()).sql(descending ? " DESC" : " ASC");
		}
		return order;
	}

	private String singleValuedAlias(ResolvedPath path, String operation) {
		List<JoinStep> steps = path.steps();
		if (ConditionRenderer.firstMultiValued(steps) >= 0) {
			throw new InvalidQueryException(operation + "(\"" + path.expression()
					+ "\") crosses a multi-valued relation, which would repeat rows; use a filter or a prefetch instead");
		}
		return this.scope.alias(steps);
	}
}
