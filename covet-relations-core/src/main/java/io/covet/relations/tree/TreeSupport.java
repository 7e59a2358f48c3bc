package io.covet.relations.tree;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.covet.relations.exception.DoesNotExist;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.InstanceUndo;
import io.covet.relations.internal.RowInserts;
import io.covet.relations.loading.ModelReader;
import io.covet.relations.loading.SharedRefs;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.query.QuerySet;
import io.covet.relations.relation.Ref;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;
import io.covet.relations.sql.SqlStatement;

/** Statements the tree strategies share: the writer lock, row reads and column updates by key. */
final class TreeSupport<T> {

	final CovetContext context;

	final TreeMeta tree;

	final ModelMeta<T> model;

	@SuppressWarnings("unchecked")
	TreeSupport(CovetContext context, TreeMeta tree) {
		this.context = context;
		this.tree = tree;
		this.model = (ModelMeta<T>) tree.model();
	}

	/**
	 * Every node of the tree, as instances of the model (a proxy's class for a proxy's manager), without the model's
	 * default filter: a walk that skipped the nodes a proxy leaves out would cut the tree short, and a rebuild or
	 * verify would see part of it.
	 */
	QuerySet<T> rows() {
		return this.context.everyRow(this.model);
	}

	SqlBuilder sql() {
		return new SqlBuilder(this.context.dialect());
	}

	/**
	 * Serializes writers of this tree: the first statement writes the lock row, which takes a row lock on
	 * PostgreSQL and MariaDB and the write lock on SQLite, held until the transaction ends.
	 */
	void lock() {
		ModelMeta<TreeLock> lock = this.context.registry().meta(TreeLock.class);
		String name = this.model.table();
		this.context.executor()
			.update(RowInserts.ifAbsent(this.context.dialect(), lock, List.of(lock.field("name"), lock.field("version")),
					new Object[] { name, 0L }, List.of(lock.field("name"))));
		SqlBuilder update = sql().sql("UPDATE ")
			.id(lock.table())
			.sql(" SET ")
			.id("version")
			.sql(" = ")
			.id("version")
			.sql(" + 1 WHERE ")
			.id("name")
			.sql(" = ")
			.param(name, String.class);
		this.context.executor().update(update.build(Operation.UPDATE, lock.name()));
	}

	/**
	 * Whether a row of the model spans tables (a multi-table child, whose parents' columns live in their own tables):
	 * the tree's own statements then read keys only, and the rows follow by key with the usual join.
	 */
	boolean rowsSpanTables() {
		return this.model.parentLink() != null;
	}

	/**
	 * {@code SELECT t0.<every column>}, for statements that read whole rows; only the key where
	 * {@link #rowsSpanTables() rows span tables}.
	 */
	SqlBuilder selectColumns(String alias) {
		SqlBuilder sql = sql().sql("SELECT ");
		List<FieldMeta> fields = rowsSpanTables() ? List.of(this.model.primaryKey()) : this.model.fields();
		for (int i = 0; i < fields.size(); i++) {
			sql.sql(i > 0 ? ", " : "").column(alias, fields.get(i).column());
		}
		return sql;
	}

	/**
	 * Runs a statement whose first columns are a row of the model (where {@link #rowsSpanTables() rows span tables},
	 * whose first column is a key), in the statement's order.
	 */
	List<T> readRows(SqlStatement statement) {
		if (rowsSpanTables()) {
			return readByKeys(statement);
		}
		ModelReader<T> reader = this.context.reader().readerFor(this.model);
		return this.context.executor().query(statement, rs -> {
			List<T> rows = new ArrayList<>();
			// Siblings arrive together and share their parent's reference.
			SharedRefs parents = new SharedRefs();
			while (rs.next()) {
				rows.add(reader.read(rs, 1, parents));
			}
			return rows;
		});
	}

	private List<T> readByKeys(SqlStatement statement) {
		FieldMeta pk = this.model.primaryKey();
		List<Object> keys = this.context.executor().queryColumn(statement, pk.valueType());
		Map<Object, T> byKey = rows().inBulk(keys);
		List<T> rows = new ArrayList<>(keys.size());
		for (Object key : keys) {
			T row = byKey.get(key);
			if (row != null) {
				rows.add(row);
			}
		}
		return rows;
	}

	Object key(T node) {
		Object key = this.model.primaryKeyValue(node);
		if (key == null) {
			throw new io.covet.relations.exception.UnsavedInstanceException(
					"Tree operation on an unsaved " + this.model.name() + "; save it (or insert it through the tree) first");
		}
		return key;
	}

	Object parentKey(T node) {
		Ref<?> parent = (Ref<?>) this.tree.parent().column().get(node);
		return (parent == null) ? null : parent.id();
	}

	/**
	 * The named columns of the row with this key, read now (a node passed in may be stale).
	 * @throws DoesNotExist when no row has the key: the node was deleted after it was loaded
	 */
	Map<String, Object> row(Object key, FieldMeta... fields) {
		String[] names = new String[fields.length];
		for (int i = 0; i < fields.length; i++) {
			names[i] = fields[i].name();
		}
		List<Map<String, Object>> rows = rows().filter("pk", key).values(names);
		if (rows.isEmpty()) {
			throw gone(key);
		}
		return rows.get(0);
	}

	/** Throws {@link DoesNotExist} unless a row has this key. */
	void requireRow(Object key) {
		if (!rows().filter("pk", key).exists()) {
			throw gone(key);
		}
	}

	private DoesNotExist gone(Object key) {
		return new DoesNotExist(this.model.name(), "pk=" + key + "; the tree node was deleted after it was loaded");
	}

	int intValue(T node, FieldMeta field) {
		Object value = field.get(node);
		return (value == null) ? 0 : ((Number) value).intValue();
	}

	/** Sets columns of one row by key; returns the row count (0 when no row has the key). */
	int updateRow(Object key, FieldMeta[] fields, Object[] values) {
		SqlBuilder sql = sql().sql("UPDATE ").id(this.model.table()).sql(" SET ");
		for (int i = 0; i < fields.length; i++) {
			sql.sql(i > 0 ? ", " : "").id(fields[i].column()).sql(" = ").param(values[i], fields[i].valueType());
		}
		FieldMeta pk = this.model.primaryKey();
		sql.sql(" WHERE ").id(pk.column()).sql(" = ").param(key, pk.valueType());
		return this.context.executor().update(sql.build(Operation.UPDATE, this.model.name()));
	}

	/** Sets columns of many rows by key in one JDBC batch. */
	void updateRows(FieldMeta[] fields, List<Object[]> rows) {
		if (rows.isEmpty()) {
			return;
		}
		SqlBuilder sql = sql().sql("UPDATE ").id(this.model.table()).sql(" SET ");
		Class<?>[] types = new Class<?>[fields.length + 1];
		for (int i = 0; i < fields.length; i++) {
			sql.sql(i > 0 ? ", " : "").id(fields[i].column()).sql(" = ?");
			types[i] = fields[i].valueType();
		}
		FieldMeta pk = this.model.primaryKey();
		sql.sql(" WHERE ").id(pk.column()).sql(" = ?");
		types[fields.length] = pk.valueType();
		this.context.executor().batchUpdate(sql.build(Operation.UPDATE, this.model.name()), rows, types);
	}

	/**
	 * Points a node's parent key at {@code parent} (or NULL), in the database and in memory.
	 * @throws DoesNotExist when the node's row is gone (nothing changes in memory)
	 */
	void setParent(T node, T parent) {
		FieldMeta column = this.tree.parent().column();
		Object parentKey = (parent == null) ? null : key(parent);
		Object key = key(node);
		if (updateRow(key, new FieldMeta[] { column }, new Object[] { parentKey }) == 0) {
			throw gone(key);
		}
		InstanceUndo.set(column, node, parent == null ? Ref.none() : Ref.loaded(parentKey, parent));
	}
}
