package io.covet.relations.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;

/**
 * Names and tags the observation of one level of {@code prefetchRelated}; declare a bean of this type to replace
 * {@link DefaultPrefetchObservationConvention}.
 */
public interface PrefetchObservationConvention extends ObservationConvention<PrefetchObservationContext> {

	@Override
	default boolean supportsContext(Observation.Context context) {
		return context instanceof PrefetchObservationContext;
	}
}
