package io.covet.relations.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.dialect.KeyListSubquery;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;

/**
 * Set-based statements over a key list: {@code ... WHERE column IN (...)}, as one array parameter on PostgreSQL,
 * one JSON array parameter where a list exceeds the bind-parameter cap and the dialect can unpack one (SQLite,
 * MariaDB with integer keys), and otherwise in chunks under the cap. The building block of the deletion collector:
 * with the first two, a delete takes the same statements for ten rows or a million.
 */
public final class KeyedStatements {

	private static final Class<?>[] JSON_TYPE = { String.class };

	private final CovetContext context;

	/** Creates the statements of one context, whose dialect chooses array, JSON or chunked key lists. */
	public KeyedStatements(CovetContext context) {
		this.context = context;
	}

	/** Values of {@code result} for the rows whose {@code where} column is one of {@code keys}. */
	public List<Object> select(ModelMeta<?> model, FieldMeta result, FieldMeta where, Collection<?> keys) {
		return select(model, result, where, keys, false);
	}

	/**
	 * {@link #select(ModelMeta, FieldMeta, FieldMeta, Collection)}, locking the rows read until the transaction ends
	 * when {@code lock} is set (a delete's rows: concurrent inserts of children referencing them then wait).
	 */
	public List<Object> select(ModelMeta<?> model, FieldMeta result, FieldMeta where, Collection<?> keys, boolean lock) {
		List<Object> values = new ArrayList<>();
		for (List<?> chunk : chunks(where, keys)) {
			SqlBuilder sql = new SqlBuilder(dialect()).sql("SELECT ").id(result.column()).sql(" FROM ").id(model.table());
			whereIn(sql, where, chunk);
			if (lock) {
				sql.sql(dialect().forUpdate());
			}
			values.addAll(this.context.executor().queryColumn(sql.build(Operation.SELECT, model.name()), result.valueType()));
		}
		return values;
	}

	/**
	 * Keys of every row below {@code keys} along a self-referencing key column ({@code parent_id}), at any depth,
	 * in one recursive query per chunk. UNION (not UNION ALL) makes cyclic data terminate.
	 */
	public List<Object> descendants(ModelMeta<?> model, FieldMeta parentColumn, Collection<?> keys) {
		List<Object> values = new ArrayList<>();
		FieldMeta pk = model.primaryKey();
		for (List<?> chunk : chunks(parentColumn, keys)) {
			SqlBuilder sql = new SqlBuilder(dialect()).sql(dialect().recursiveQueryPrefix())
				.sql("WITH RECURSIVE covet_tree (k) AS (SELECT ")
				.id(pk.column())
				.sql(" FROM ")
				.id(model.table());
			whereIn(sql, parentColumn, chunk);
			sql.sql(" UNION SELECT c.")
				.id(pk.column())
				.sql(" FROM ")
				.id(model.table())
				.sql(" c INNER JOIN covet_tree p ON c.")
				.id(parentColumn.column())
				.sql(" = p.k) SELECT k FROM covet_tree");
			values.addAll(this.context.executor().queryColumn(sql.build(Operation.SELECT, model.name()), pk.valueType()));
		}
		return values;
	}

	/** Number of rows whose {@code where} column is one of {@code keys}. */
	public long count(ModelMeta<?> model, FieldMeta where, Collection<?> keys) {
		long total = 0;
		for (List<?> chunk : chunks(where, keys)) {
			SqlBuilder sql = new SqlBuilder(dialect()).sql("SELECT COUNT(*) FROM ").id(model.table());
			whereIn(sql, where, chunk);
			Long count = this.context.executor().query(sql.build(Operation.SELECT, model.name()),
					rs -> rs.next() ? rs.getLong(1) : 0L);
			total += (count == null) ? 0 : count;
		}
		return total;
	}

	/** Deletes the rows whose {@code where} column is one of {@code keys}; returns the row count. */
	public long delete(ModelMeta<?> model, FieldMeta where, Collection<?> keys) {
		long total = 0;
		for (List<?> chunk : chunks(where, keys)) {
			KeyListSubquery joined = joinedKeyList(where, chunk);
			SqlBuilder sql = new SqlBuilder(dialect());
			if (joined != null) {
				sql.sql("DELETE t FROM ").id(model.table()).sql(" AS t");
				joinKeyList(sql, joined, where, chunk);
			}
			else {
				sql.sql("DELETE FROM ").id(model.table());
				whereIn(sql, where, chunk);
			}
			total += this.context.executor().update(sql.build(Operation.DELETE, model.name()));
		}
		return total;
	}

	/** Sets {@code column} to {@code value} on the rows whose {@code where} column is one of {@code keys}. */
	public long update(ModelMeta<?> model, FieldMeta column, Object value, FieldMeta where, Collection<?> keys) {
		long total = 0;
		for (List<?> chunk : chunks(where, keys)) {
			KeyListSubquery joined = joinedKeyList(where, chunk);
			SqlBuilder sql = new SqlBuilder(dialect()).sql("UPDATE ").id(model.table());
			if (joined != null) {
				sql.sql(" AS t");
				joinKeyList(sql, joined, where, chunk);
				sql.sql(" SET t.").id(column.column()).sql(" = ").param(value, column.valueType());
			}
			else {
				sql.sql(" SET ").id(column.column()).sql(" = ").param(value, column.valueType());
				whereIn(sql, where, chunk);
			}
			total += this.context.executor().update(sql.build(Operation.UPDATE, model.name()));
		}
		return total;
	}

	private void whereIn(SqlBuilder sql, FieldMeta where, List<?> keys) {
		sql.sql(" WHERE ").id(where.column());
		if (usesArray(where)) {
			sql.sql(" = ANY(").arrayParam(keys.toArray(), where.valueType()).sql(")");
			return;
		}
		KeyListSubquery keyList = jsonKeyList(where, keys);
		if (keyList != null) {
			sql.sql(" IN (").sqlWithParams(keyList.sql(), jsonParameter(keys), JSON_TYPE).sql(")");
			return;
		}
		sql.sql(" IN (");
		for (int i = 0; i < keys.size(); i++) {
			sql.sql(i > 0 ? ", " : "").param(keys.get(i), where.valueType());
		}
		sql.sql(")");
	}

	/** {@code INNER JOIN <key list> ON t.where = <key>}: the key list drives index lookups of the changed table. */
	private static void joinKeyList(SqlBuilder sql, KeyListSubquery keyList, FieldMeta where, List<?> keys) {
		sql.sql(" INNER JOIN ")
			.sqlWithParams(keyList.source(), jsonParameter(keys), JSON_TYPE)
			.sql(" ON t.")
			.id(where.column())
			.sql(" = ")
			.sql(keyList.key());
	}

	private static Object[] jsonParameter(List<?> keys) {
		return new Object[] { KeyListSubquery.json(keys) };
	}

	/** The JSON key list for a list longer than one IN-list may be, where the dialect has one; else {@code null}. */
	private KeyListSubquery jsonKeyList(FieldMeta where, Collection<?> keys) {
		return (!usesArray(where) && keys.size() > dialect().maxKeysPerInList()) ? dialect().jsonKeyList(where.valueType())
				: null;
	}

	/** The JSON key list an UPDATE or DELETE joins rather than tests with IN, where the dialect prefers that. */
	private KeyListSubquery joinedKeyList(FieldMeta where, Collection<?> keys) {
		return dialect().joinsKeyListsInChanges() ? jsonKeyList(where, keys) : null;
	}

	private boolean usesArray(FieldMeta field) {
		return dialect().bindsKeysAsArray(field.valueType());
	}

	private List<List<?>> chunks(FieldMeta where, Collection<?> keys) {
		List<Object> all = new ArrayList<>(keys);
		List<List<?>> chunks = new ArrayList<>();
		boolean whole = usesArray(where) || jsonKeyList(where, all) != null;
		int size = whole ? Math.max(1, all.size()) : this.context.keyChunkSize(where.valueType());
		for (int start = 0; start < all.size(); start += size) {
			chunks.add(all.subList(start, Math.min(all.size(), start + size)));
		}
		return chunks;
	}

	private Dialect dialect() {
		return this.context.dialect();
	}
}
