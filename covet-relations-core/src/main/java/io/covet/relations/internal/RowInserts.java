package io.covet.relations.internal;

import java.util.List;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;
import io.covet.relations.sql.SqlStatement;

/**
 * The one spelling of {@code INSERT INTO table (columns) VALUES (...), (...)}: the saves of {@code ModelWriter}, the
 * link rows of many-to-many managers, and the insert-if-absent of a content type or a tree's lock row. Values always
 * go as bind parameters typed by their column.
 */
public final class RowInserts {

	private RowInserts() {
	}

	/**
	 * How many rows of {@code columnCount} columns one statement may carry: at most {@code maxRows}, and under the
	 * dialect's bind-parameter cap; at least one.
	 */
	public static int rowsPerStatement(Dialect dialect, int columnCount, int maxRows) {
		return Math.max(1, Math.min(maxRows, dialect.maxBindParameters() / Math.max(1, columnCount)));
	}

	/**
	 * {@code INSERT INTO <model's table> (columns) VALUES} one parenthesized group per row, each row's values in the
	 * order of {@code columns}. Callers append {@code RETURNING} or a conflict clause.
	 */
	public static SqlBuilder values(Dialect dialect, ModelMeta<?> model, List<FieldMeta> columns, List<Object[]> rows) {
		SqlBuilder sql = new SqlBuilder(dialect).sql("INSERT INTO ").id(model.table()).sql(" (");
		for (int i = 0; i < columns.size(); i++) {
			sql.sql(i > 0 ? ", " : "").id(columns.get(i).column());
		}
		sql.sql(") VALUES ");
		for (int r = 0; r < rows.size(); r++) {
			sql.sql(r > 0 ? ", (" : "(");
			Object[] row = rows.get(r);
			for (int i = 0; i < row.length; i++) {
				sql.sql(i > 0 ? ", " : "").param(row[i], columns.get(i).valueType());
			}
			sql.sql(")");
		}
		return sql;
	}

	/**
	 * Inserts one row unless a row with the same {@code key} columns exists, which is then left as it is: the
	 * dialect's {@code ON CONFLICT DO NOTHING}. On MariaDB the clause covers every unique key of the table, so use it
	 * where {@code key} is the table's only one.
	 */
	public static SqlStatement ifAbsent(Dialect dialect, ModelMeta<?> model, List<FieldMeta> columns, Object[] row,
			List<FieldMeta> key) {
		return values(dialect, model, columns, List.<Object[]>of(row))
			.sql(dialect.onConflictDoNothing(key.stream().map(FieldMeta::column).toList()))
			.build(Operation.INSERT, model.name());
	}
}
