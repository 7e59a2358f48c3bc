package io.covet.relations.autoconfigure.observation;

import io.covet.relations.observation.RelationOperation;

/** Context of the observation of one level of {@code prefetchRelated}. */
public class PrefetchObservationContext extends OperationObservationContext<RelationOperation.Prefetch> {

	/** Creates the context of one prefetch level, before it runs. */
	public PrefetchObservationContext(RelationOperation.Prefetch operation) {
		super(operation);
	}
}
