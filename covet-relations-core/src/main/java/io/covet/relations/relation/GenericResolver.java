package io.covet.relations.relation;

/** Loads the object behind an unloaded {@link GenericRef} on explicit request. Implemented by the library. */
public interface GenericResolver {

	/** The object, or {@code null} when it no longer exists. */
	Object resolve(Object contentTypeId, Object objectId);

	/** {@code Model.field}, for messages. */
	String relationName();

	/** The field name, for the hint in messages. */
	String fieldName();
}
