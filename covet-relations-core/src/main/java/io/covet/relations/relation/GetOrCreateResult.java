package io.covet.relations.relation;

/**
 * The outcome of {@code getOrCreate}: the object and whether it was created.
 *
 * @param object the found or created object
 * @param created whether it was created by this call
 * @param <T> the model
 */
public record GetOrCreateResult<T>(T object, boolean created) {
}
