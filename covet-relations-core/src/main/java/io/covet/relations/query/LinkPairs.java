package io.covet.relations.query;

import java.util.List;

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

	/** One link row, numbered: its owner's slot and its target key's number ({@code -1} for none). */
	@FunctionalInterface
	interface Link {

		void accept(int ownerSlot, int targetNumber);
	}

	/**
	 * Reads the link rows of {@code ownerKeys} (one statement), handing each to {@code each} as its owner's slot among
	 * {@code owners} and its target key's number in {@code targets}, which numbers new target keys as they come.
	 */
	static void read(CovetContext context, ManyToManySide side, List<?> ownerKeys, OwnerSlots owners,
			DistinctKeys targets, Link each) {
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
		context.executor().query(sql.build(Operation.SELECT, side.through().name()), rs -> {
			while (rs.next()) {
				each.accept(owners.slotOf(rs, 1), targets.numberOf(rs, 2));
			}
			return null;
		});
	}
}
