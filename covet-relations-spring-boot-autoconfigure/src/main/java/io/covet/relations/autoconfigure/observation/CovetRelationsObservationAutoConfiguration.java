package io.covet.relations.autoconfigure.observation;

import io.micrometer.observation.ObservationRegistry;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.ConditionalOnSwitch;
import io.covet.relations.autoconfigure.CovetRelationsAutoConfiguration;

/**
 * Observes prefetch levels, deletes and many-to-many changes when the application has an
 * {@link ObservationRegistry} (Actuator brings one). Conventions declared as beans replace the defaults. Switch off
 * with {@code covet.relations.observations.enabled=false}.
 */
@AutoConfiguration(before = CovetRelationsAutoConfiguration.class,
		afterName = "org.springframework.boot.micrometer.observation.autoconfigure.ObservationAutoConfiguration")
@ConditionalOnClass({ ObservationRegistry.class, CovetRelations.class })
@ConditionalOnBean(ObservationRegistry.class)
@ConditionalOnSwitch("covet.relations.observations.enabled")
public class CovetRelationsObservationAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	ObservationOperationObserver covetObservationOperationObserver(ObservationRegistry registry,
			ObjectProvider<PrefetchObservationConvention> prefetchConvention,
			ObjectProvider<DeleteObservationConvention> deleteConvention,
			ObjectProvider<ManyToManyObservationConvention> manyToManyConvention) {
		return new ObservationOperationObserver(registry, prefetchConvention.getIfAvailable(),
				deleteConvention.getIfAvailable(), manyToManyConvention.getIfAvailable());
	}
}
