package io.covet.relations.autoconfigure.observation;

import io.covet.relations.observation.RelationOperation;

/** Context of the observation of a delete through the deletion collector, cascades included. */
public class DeleteObservationContext extends OperationObservationContext<RelationOperation.Delete> {

	public DeleteObservationContext(RelationOperation.Delete operation) {
		super(operation);
	}
}
