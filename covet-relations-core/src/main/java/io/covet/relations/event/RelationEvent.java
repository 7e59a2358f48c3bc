package io.covet.relations.event;

/** An event the library publishes about relations; delivered to {@link RelationEventListener}s. */
public interface RelationEvent {
}
