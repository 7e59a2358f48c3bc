package io.covet.relations.query;

import java.util.List;
import java.util.function.BiConsumer;

import io.covet.relations.dialect.ColumnReader;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;

/**
 * The link table's (owner key, target key) rows for some owners, and nothing else: the first statement of a
 * {@link Prefetch#withLinksFirst() links-first} many-to-many prefetch, which then reads each distinct target once.
 */
final class LinkPairs {

	private static final String ALIAS = "l";

	private LinkPairs() {
	}

	static void read(CovetContext context, ManyToManySide side, List<?> ownerKeys, BiConsumer<Object, Object> each) {
		Dialect dialect = context.dialect();
		FieldMeta ownerColumn = side.ownerKey().column();
		FieldMeta targetColumn = side.otherKey().column();
		SqlBuilder sql = new SqlBuilder(dialect).sql("SELECT ")
			.column(ALIAS, ownerColumn.column())
			.sql(", ")
			.column(ALIAS, targetColumn.column())
			.sql(" FROM ")
			.id(side.through().table())
			.sql(" " + ALIAS + " WHERE ");
		new ConditionRenderer(dialect, new JoinScope.AliasCounter()).keyIn(ALIAS, ownerColumn, ownerKeys, sql);
		ColumnReader owner = dialect.columnReader(ownerColumn.valueType());
		ColumnReader target = dialect.columnReader(targetColumn.valueType());
		context.executor().query(sql.build(Operation.SELECT, side.through().name()), rs -> {
			while (rs.next()) {
				each.accept(owner.read(rs, 1), target.read(rs, 2));
			}
			return null;
		});
	}
}
