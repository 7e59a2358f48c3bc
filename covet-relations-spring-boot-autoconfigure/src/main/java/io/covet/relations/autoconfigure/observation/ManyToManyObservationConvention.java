package io.covet.relations.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of a change of one owner's many-to-many pairs; declare a bean of this type to replace
 * {@link DefaultManyToManyObservationConvention}.
 */
public interface ManyToManyObservationConvention extends ObservationConvention<ManyToManyObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof ManyToManyObservationContext;
	}
}
