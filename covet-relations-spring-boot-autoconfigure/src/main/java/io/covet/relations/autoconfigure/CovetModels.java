package io.covet.relations.autoconfigure;

import java.util.List;

/**
 * The model classes a {@code CovetRelations} bean registers. Declare a bean of this type to list models
 * explicitly instead of scanning.
 *
 * @param types the model classes
 */
public record CovetModels(List<Class<?>> types) {

	public CovetModels {
		types = List.copyOf(types);
	}

	/** The given model classes, in this order. */
	public static CovetModels of(Class<?>... types) {
		return new CovetModels(List.of(types));
	}
}
