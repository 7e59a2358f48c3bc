package io.covet.relations.query;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ModelMeta;

/**
 * Reads the related rows of a prefetch level by key, through the prefetch's query set where it gives one, in as few
 * statements as the dialect allows: one array parameter on PostgreSQL, one JSON array on SQLite, chunks under the
 * bind-parameter cap elsewhere. Every kind of prefetch level reads through it, so they chunk alike.
 */
final class PrefetchReads {

	private final CovetContext context;

	PrefetchReads(CovetContext context) {
		this.context = context;
	}

	/** Which rows of the target model a prefetch level may find when it has no query set of its own. */
	enum Reach {

		/** What a reverse, many-to-many or generic relation lists: the target model's default filter applies. */
		LISTED,

		/**
		 * What a key points at (a foreign key, a reverse one-to-one, a generic key): every row, as a join finds it;
		 * a default filter must not turn a reference into a null.
		 */
		POINTED_AT
	}

	/**
	 * The prefetch's query set, or the model's rows as {@code reach} allows; refused when it is a query set of another
	 * model.
	 */
	@SuppressWarnings("unchecked")
	QuerySet<Object> base(ModelMeta<?> model, Prefetch own, Reach reach) {
		QuerySet<Object> base = (own != null && own.querySet() != null) ? (QuerySet<Object>) own.querySet()
				: (QuerySet<Object>) ((reach == Reach.POINTED_AT) ? this.context.everyRow(model)
						: this.context.query(model));
		if (base.model() != model) {
			throw new InvalidQueryException("Prefetch(\"" + own.path() + "\") needs a query set of " + model.name()
					+ ", not of " + base.model().name());
		}
		if (base.isSliced()) {
			// One statement reads every owner's rows: its LIMIT would cut the whole read, not each owner's share.
			throw new InvalidQueryException("Prefetch(\"" + own.path() + "\") cannot take a sliced query set (limit or "
					+ "offset): the slice would apply to all owners' rows together, not to each owner's");
		}
		return base;
	}

	/**
	 * {@code model} when a level read through {@link #base} comes in no particular order (no ordering of the query
	 * set's or the model's own), so that {@code first()}/{@code last()} on each owner's list answer by key; else
	 * {@code null}.
	 */
	ModelMeta<?> unorderedKeysOf(ModelMeta<?> model, Prefetch own, Reach reach) {
		return base(model, own, reach).isOrdered() ? null : model;
	}

	/** Rows of {@code model} whose {@code field} is one of {@code keys}, through the prefetch's query set if any. */
	List<Object> load(ModelMeta<?> model, FieldMeta field, Collection<Object> keys, Prefetch own, Reach reach) {
		return load(model, field, keys, own, reach, null);
	}

	/**
	 * {@link #load(ModelMeta, FieldMeta, Collection, Prefetch)}; with {@code attach}, {@code field} is a foreign key
	 * that is not read into a {@code Ref}: each row's owner slot, found from its key, goes to {@code attach}, which
	 * sets it.
	 */
	List<Object> load(ModelMeta<?> model, FieldMeta field, Collection<Object> keys, Prefetch own, Reach reach,
			Attach attach) {
		QuerySet<Object> base = base(model, own, reach);
		List<Object> all = (keys instanceof List<Object> list) ? list : new ArrayList<>(keys);
		if (all.size() <= this.context.readChunkSize(field.valueType())) {
			// No key or one statement, the usual case: its list as it is.
			return all.isEmpty() ? List.of() : rowsWithKeys(base, field, all, attach);
		}
		List<Object> results = new ArrayList<>();
		inChunks(all, field, chunk -> results.addAll(rowsWithKeys(base, field, chunk, attach)));
		return results;
	}

	/**
	 * Hands {@code keys} of {@code field} to {@code each} in chunks the dialect accepts as one statement's
	 * parameters, in order.
	 */
	void inChunks(List<Object> keys, FieldMeta field, Consumer<List<Object>> each) {
		int chunk = this.context.readChunkSize(field.valueType());
		for (int start = 0; start < keys.size(); start += chunk) {
			each.accept(keys.subList(start, Math.min(keys.size(), start + chunk)));
		}
	}

	private static List<Object> rowsWithKeys(QuerySet<Object> base, FieldMeta field, List<Object> keys, Attach attach) {
		QuerySet<Object> filtered = base.filter(field.name() + "__in", keys);
		return (attach != null) ? filtered.list(field, attach.owners(), attach.each()) : filtered.list();
	}

	/**
	 * The owners of a prefetch level, numbered by the values of their side of the relation ({@code ownerKey} of
	 * {@code source}: its primary key or the field the relation targets), in a numbering that reads {@code column}
	 * (the children's foreign key, or the link table's owner column) straight from the rows.
	 */
	OwnerSlots ownerSlots(List<?> owners, FieldMeta column, FieldMeta ownerKey, ModelMeta<?> source) {
		Class<?> type = column.valueType();
		return OwnerSlots.of(owners, type, this.context.dialect().columnReader(type),
				owner -> ownerKey.primaryKey() ? source.primaryKeyValue(owner) : ownerKey.get(owner));
	}

	/** How a reverse prefetch's children find their owners: by slot, read from each row's foreign key. */
	record Attach(OwnerSlots owners, QuerySet.ChildAttach<Object> each) {
	}
}
