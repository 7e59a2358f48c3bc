package io.covet.relations.internal;

import io.covet.relations.metadata.Relation;

/**
 * A reverse accessor (related manager or related object) bound to one owner instance. A save binds only the accessor
 * fields that do not hold one for the instance yet, so that what a bound accessor has loaded (a prefetched list, a
 * preloaded one-to-one object) survives an ordinary save, as Django's caches do. Not API.
 */
public interface BoundAccessor {

	/** Whether this accessor serves {@code owner} through {@code relation} for {@code context}. */
	boolean isBoundTo(CovetContext context, Relation relation, Object owner);
}
