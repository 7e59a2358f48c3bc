package io.covet.relations.event;

import java.util.Set;

/**
 * Rows of one model are about to be deleted ({@code PRE_DELETE}) or were deleted ({@code POST_DELETE}) by one
 * operation, cascades included; one event per model and moment, carrying every key. An exception thrown by a
 * listener rolls the whole delete back.
 *
 * @param action the moment
 * @param model the model
 * @param keys primary keys of its deleted rows
 */
public record ModelDeleted(DeleteAction action, Class<?> model, Set<Object> keys) implements RelationEvent {

	public ModelDeleted {
		keys = Set.copyOf(keys);
	}
}
