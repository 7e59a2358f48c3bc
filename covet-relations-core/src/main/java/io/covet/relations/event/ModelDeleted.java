package io.covet.relations.event;

import java.util.Set;

/**
 * Rows of one model are about to be deleted ({@code PRE_DELETE}) or were deleted ({@code POST_DELETE}) by one
 * operation, cascades included; one event per model and moment, carrying every key. An exception thrown by a
 * listener rolls the whole delete back.
 *
 * @param action the moment
 * @param model the model's class; the rows of every automatic many-to-many table share one class
 * @param name the model's name in the metadata ({@code Post}, or {@code Post_tags} for the rows of
 * {@code Post.tags}'s automatic table), as statement events and the endpoint name it
 * @param keys primary keys of its deleted rows
 */
public record ModelDeleted(DeleteAction action, Class<?> model, String name, Set<Object> keys)
		implements RelationEvent {

	public ModelDeleted {
		keys = Set.copyOf(keys);
	}

	/** The event for a model whose name is its class's simple name. */
	public ModelDeleted(DeleteAction action, Class<?> model, Set<Object> keys) {
		this(action, model, model.getSimpleName(), keys);
	}
}
