package io.covet.relations.autoconfigure.observation;

import io.covet.relations.observation.RelationOperation;

/** Context of the observation of a change of one owner's many-to-many pairs. */
public class ManyToManyObservationContext extends OperationObservationContext<RelationOperation.ManyToMany> {

	/** Creates the context of one many-to-many change, before it runs. */
	public ManyToManyObservationContext(RelationOperation.ManyToMany operation) {
		super(operation);
	}
}
