package io.covet.relations.autoconfigure.observation;

import io.covet.relations.observation.RelationOperation;

/** Context of the observation of a delete through the deletion collector, cascades included. */
public class DeleteObservationContext extends OperationObservationContext<RelationOperation.Delete> {

	/** Creates the context of one delete, before it runs. */
	public DeleteObservationContext(RelationOperation.Delete operation) {
		super(operation);
	}
}
