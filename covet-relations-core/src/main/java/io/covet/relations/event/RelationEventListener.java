package io.covet.relations.event;

/**
 * Receives relation events inside the transaction of the operation that caused them; an exception thrown here rolls
 * the operation back. The Spring Boot starter bridges these to {@code ApplicationEvent}s.
 */
@FunctionalInterface
public interface RelationEventListener {

	/** Called on the thread of the operation, inside its transaction. */
	void onEvent(RelationEvent event);
}
