package io.covet.relations.manager;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.covet.relations.exception.StrictLoadingException;
import io.covet.relations.internal.BoundAccessor;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.Keys;
import io.covet.relations.metadata.Relation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.relation.RelatedObjects;

/**
 * Reads of a multi-valued accessor: from the prefetched list when the owner was loaded with one, otherwise with a
 * query of {@link #query()} — which strict loading refuses for {@link #all()}, the N+1 pattern.
 */
abstract class PrefetchableManager<T> implements RelatedObjects<T>, BoundAccessor {

	final CovetContext context;

	final Object owner;

	private List<T> prefetched;

	/** The model whose keys order {@link #prefetched} for first/last; {@code null} when the list is in order. */
	private ModelMeta<?> unorderedKeysOf;

	PrefetchableManager(CovetContext context, Object owner) {
		this.context = context;
		this.owner = owner;
	}

	/** {@code Model.name} of the accessor, for messages. */
	abstract String describe();

	/** Name to pass to {@code prefetchRelated}. */
	abstract String relationName();

	/** The relation this manager serves. */
	abstract Relation relation();

	@Override
	public boolean isBoundTo(CovetContext context, Relation relation, Object owner) {
		return this.owner == owner && this.context == context && relation() == relation;
	}

	/**
	 * Stores the result of a prefetch; {@link #all()} returns it without a query, and {@link #first()} and
	 * {@link #last()} its first and last element.
	 */
	public void setPrefetched(List<T> objects) {
		setPrefetched(objects, null);
	}

	/**
	 * Stores the result of a prefetch; {@link #all()} returns it without a query. With {@code unorderedKeysOf}, the
	 * prefetch had no ordering, so the list is in whatever order the database returned the rows (after an UPDATE,
	 * PostgreSQL returns that row last): {@link #first()} and {@link #last()} then answer by primary key of that model,
	 * from the list, as they do without a prefetch.
	 */
	public void setPrefetched(List<T> objects, ModelMeta<?> unorderedKeysOf) {
		this.prefetched = objects;
		this.unorderedKeysOf = unorderedKeysOf;
	}

	/** Forgets the prefetched list after a write that changed the relation. */
	void invalidate() {
		this.prefetched = null;
		this.unorderedKeysOf = null;
	}

	List<T> prefetched() {
		return this.prefetched;
	}

	@Override
	public List<T> all() {
		if (this.prefetched != null) {
			return this.prefetched;
		}
		if (this.context.strictLoading()) {
			throw new StrictLoadingException(describe(), "add prefetchRelated(\"" + relationName()
					+ "\") to the query that loaded the owner, or use filter()/query() for an explicit query");
		}
		return query().list();
	}

	@Override
	public boolean isPrefetched() {
		return this.prefetched != null;
	}

	@Override
	public long count() {
		return this.prefetched != null ? this.prefetched.size() : query().count();
	}

	@Override
	public boolean exists() {
		return this.prefetched != null ? !this.prefetched.isEmpty() : query().exists();
	}

	@Override
	public Optional<T> first() {
		if (this.prefetched == null) {
			return query().first();
		}
		return (this.unorderedKeysOf != null) ? byKey(false) : this.prefetched.stream().findFirst();
	}

	/**
	 * The last related object (by key unless the prefetch ordered them): from the prefetched list when there is one.
	 */
	@Override
	public Optional<T> last() {
		if (this.prefetched == null) {
			return query().last();
		}
		if (this.unorderedKeysOf != null) {
			return byKey(true);
		}
		return this.prefetched.isEmpty() ? Optional.empty() : Optional.of(this.prefetched.get(this.prefetched.size() - 1));
	}

	/** The prefetched object with the smallest (or largest) primary key, no query. */
	private Optional<T> byKey(boolean largest) {
		T chosen = null;
		Object chosenKey = null;
		for (T object : this.prefetched) {
			Object key = this.unorderedKeysOf.primaryKeyValue(object);
			if (chosen == null || (largest ? Keys.compare(key, chosenKey) > 0 : Keys.compare(key, chosenKey) < 0)) {
				chosen = object;
				chosenKey = key;
			}
		}
		return Optional.ofNullable(chosen);
	}

	/** Updates columns of every related object in one statement; returns the number of rows. */
	public long update(Map<String, ?> values) {
		invalidate();
		return query().update(values);
	}

	/** Deletes every related object through the deletion collector. */
	public DeleteResult delete() {
		invalidate();
		return query().delete();
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[" + describe() + "]";
	}
}
