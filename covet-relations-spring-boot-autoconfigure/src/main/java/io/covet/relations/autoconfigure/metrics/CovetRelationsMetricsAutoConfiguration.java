package io.covet.relations.autoconfigure.metrics;

import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.ConditionalOnSwitch;
import io.covet.relations.autoconfigure.CovetRelationsAutoConfiguration;

/**
 * Registers {@link CovetMetrics} when Micrometer has a {@link MeterRegistry}; the meters show at
 * {@code /actuator/metrics}. Switch off with {@code covet.relations.metrics.enabled=false}.
 */
@AutoConfiguration(before = CovetRelationsAutoConfiguration.class,
		afterName = { "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
				"org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration" })
@ConditionalOnClass({ MeterRegistry.class, CovetRelations.class })
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnSwitch("covet.relations.metrics.enabled")
public class CovetRelationsMetricsAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	CovetMetrics covetMetrics(MeterRegistry registry) {
		return new CovetMetrics(registry);
	}
}
