package io.covet.relations.relation;

/**
 * Loads the object behind an unloaded {@link Ref} on explicit request. Implemented by the library per relation.
 *
 * @param <T> the referenced model
 */
public interface RefResolver<T> {

	/** Loads the object with the given key; may refuse in strict loading mode. */
	T resolve(Object id);

	/** {@code Model.field} of the relation, for messages. */
	String relationName();

	/** Field name of the relation, for the hint in messages. */
	String fieldName();
}
