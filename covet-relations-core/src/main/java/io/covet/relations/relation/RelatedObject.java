package io.covet.relations.relation;

import java.util.Optional;

/**
 * The reverse side of a one-to-one ({@code user.profile()}): zero or one object. Declare a field of this type
 * named like the relation's {@code relatedName}; the library binds it whenever it saves or loads the owner.
 *
 * @param <T> the model holding the one-to-one key
 */
public interface RelatedObject<T> {

	/** Placeholder for a field initializer until the owner is saved or loaded. */
	static <T> RelatedObject<T> unbound() {
		return UnboundRelatedObject.instance();
	}

	/**
	 * The related object, from {@code selectRelated}/{@code prefetchRelated} when loaded, otherwise one query.
	 * @throws io.covet.relations.exception.DoesNotExist when there is none
	 */
	T get();

	/** The related object if there is one. */
	Optional<T> find();

	/** Whether a related object exists. */
	boolean exists();

	/** Whether the object (or its absence) is known without a query. */
	boolean isLoaded();
}
