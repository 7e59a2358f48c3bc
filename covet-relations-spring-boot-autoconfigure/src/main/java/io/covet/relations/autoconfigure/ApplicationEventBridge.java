package io.covet.relations.autoconfigure;

import org.springframework.context.ApplicationEventPublisher;

import io.covet.relations.event.RelationEvent;
import io.covet.relations.event.RelationEventListener;

/**
 * Republishes relation events (many-to-many changes, deletes) as Spring application events, inside the operation's
 * transaction: {@code @EventListener} methods run at once (and can veto by throwing), {@code @TransactionalEventListener}
 * methods after commit.
 */
public class ApplicationEventBridge implements RelationEventListener {

	private final ApplicationEventPublisher publisher;

	/** Creates the bridge to the application context's event publisher. */
	public ApplicationEventBridge(ApplicationEventPublisher publisher) {
		this.publisher = publisher;
	}

	@Override
	public void onEvent(RelationEvent event) {
		this.publisher.publishEvent(event);
	}
}
