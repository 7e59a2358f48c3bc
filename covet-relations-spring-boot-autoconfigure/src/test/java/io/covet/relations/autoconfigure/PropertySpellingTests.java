package io.covet.relations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

import io.covet.relations.autoconfigure.metrics.CovetMetrics;
import io.covet.relations.autoconfigure.metrics.CovetRelationsMetricsAutoConfiguration;
import io.covet.relations.autoconfigure.models.NotebookRepository;
import io.covet.relations.autoconfigure.observation.CovetRelationsObservationAutoConfiguration;
import io.covet.relations.autoconfigure.observation.ObservationOperationObserver;

/**
 * Properties read by conditions and registrars mean what Spring Boot's binder makes of them: lists in indexed form,
 * booleans spelled {@code on}/{@code off}, as {@code @ConfigurationProperties} binds them.
 */
class PropertySpellingTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, CovetRelationsAutoConfiguration.class,
				CovetRelationsMetricsAutoConfiguration.class, CovetRelationsObservationAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("spelling"),
				"covet.relations.model-packages=io.covet.relations.autoconfigure.models");

	@Test
	void repositoryPackagesInIndexedForm() {
		this.runner
			.withPropertyValues("covet.relations.schema.auto-create=true",
					"covet.relations.repository-packages[0]=io.covet.relations.autoconfigure.models")
			.run(context -> assertThat(context).hasSingleBean(NotebookRepository.class));
	}

	@Test
	void schemaAutoCreateSpelledOn() {
		for (String on : new String[] { "on", "yes", "1", "TRUE" }) {
			this.runner.withPropertyValues("covet.relations.schema.auto-create=" + on)
				.run(context -> assertThat(context).as(on).hasSingleBean(MissingTablesInitializer.class));
		}
		this.runner.withPropertyValues("covet.relations.schema.auto-create=off")
			.run(context -> assertThat(context).doesNotHaveBean(MissingTablesInitializer.class));
	}

	@Test
	void metricsAndObservationsSwitchedOff() {
		this.runner.withBean(SimpleMeterRegistry.class)
			.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.withPropertyValues("covet.relations.metrics.enabled=off", "covet.relations.observations.enabled=off")
			.run(context -> assertThat(context).hasNotFailed()
				.doesNotHaveBean(CovetMetrics.class)
				.doesNotHaveBean(ObservationOperationObserver.class));
		this.runner.withBean(SimpleMeterRegistry.class)
			.withBean(ObservationRegistry.class, ObservationRegistry::create)
			.withPropertyValues("covet.relations.metrics.enabled=on", "covet.relations.observations.enabled=on")
			.run(context -> assertThat(context).hasSingleBean(CovetMetrics.class)
				.hasSingleBean(ObservationOperationObserver.class));
	}
}
