package io.covet.relations.manager;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.covet.relations.exception.StrictLoadingException;
import io.covet.relations.internal.BoundAccessor;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.Relation;
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

	/** Stores the result of a prefetch; {@link #all()} returns it without a query. */
	public void setPrefetched(List<T> objects) {
		this.prefetched = objects;
	}

	/** Forgets the prefetched list after a write that changed the relation. */
	void invalidate() {
		this.prefetched = null;
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
		return this.prefetched != null ? this.prefetched.stream().findFirst() : query().first();
	}

	/** The last related object: the prefetched list's last when there is one. */
	public Optional<T> last() {
		if (this.prefetched != null) {
			return this.prefetched.isEmpty() ? Optional.empty() : Optional.of(this.prefetched.get(this.prefetched.size() - 1));
		}
		return query().last();
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
