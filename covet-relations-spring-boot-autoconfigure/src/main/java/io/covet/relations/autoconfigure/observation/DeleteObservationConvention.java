package io.covet.relations.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a delete through the deletion collector, cascades included; declare a bean of this type to replace
 * {@link DefaultDeleteObservationConvention}.
 */
public interface DeleteObservationConvention extends ObservationConvention<DeleteObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof DeleteObservationContext;
	}
}
