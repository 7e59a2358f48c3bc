package io.covet.relations.relation;

import java.util.List;
import java.util.Optional;

import io.covet.relations.query.Q;
import io.covet.relations.query.QuerySet;

/**
 * The reading side shared by every multi-valued relation accessor: a query set restricted to one owner, and the
 * prefetched list when the owner was loaded with {@code prefetchRelated}.
 *
 * @param <T> the related model
 */
public interface RelatedObjects<T> {

	/** A query set over the related objects, for chaining. */
	QuerySet<T> query();

	/** The related objects: the prefetched list when there is one, otherwise one query (refused in strict mode). */
	List<T> all();

	/** Whether {@link #all()} is served from a prefetch. */
	boolean isPrefetched();

	/** The related objects matching a lookup: always a query, never the prefetched list. */
	default QuerySet<T> filter(String lookup, Object value) {
		return query().filter(lookup, value);
	}

	/** The related objects matching a condition: always a query, never the prefetched list. */
	default QuerySet<T> filter(Q condition) {
		return query().filter(condition);
	}

	/** The related objects not matching a lookup: always a query, never the prefetched list. */
	default QuerySet<T> exclude(String lookup, Object value) {
		return query().exclude(lookup, value);
	}

	/** The related objects not matching a condition: always a query, never the prefetched list. */
	default QuerySet<T> exclude(Q condition) {
		return query().exclude(condition);
	}

	/** Number of related objects; counts the prefetched list when there is one. */
	long count();

	/** Whether any related object exists; answers from the prefetched list when there is one. */
	boolean exists();

	/** The first related object (by key unless the prefetch ordered them). */
	Optional<T> first();

	/** The last related object (by key unless the prefetch ordered them), as {@link #first()} from the other end. */
	Optional<T> last();
}
