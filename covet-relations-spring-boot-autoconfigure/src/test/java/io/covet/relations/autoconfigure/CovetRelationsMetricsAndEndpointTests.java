package io.covet.relations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.diagnostics.ModelDefinitionFailureAnalyzer;
import io.covet.relations.autoconfigure.diagnostics.NoDialectFailureAnalyzer;
import io.covet.relations.autoconfigure.endpoint.RelationsEndpoint;
import io.covet.relations.autoconfigure.endpoint.RelationsEndpointAutoConfiguration;
import io.covet.relations.autoconfigure.metrics.CovetMetrics;
import io.covet.relations.autoconfigure.metrics.CovetRelationsMetricsAutoConfiguration;
import io.covet.relations.autoconfigure.models.Label;
import io.covet.relations.autoconfigure.models.Notebook;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.NoDialectException;

class CovetRelationsMetricsAndEndpointTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, CovetRelationsAutoConfiguration.class,
				CovetRelationsMetricsAutoConfiguration.class, RelationsEndpointAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("metrics"), "covet.relations.schema.auto-create=true",
				"covet.relations.model-packages=io.covet.relations.autoconfigure.models",
				"management.endpoints.web.exposure.include=relations");


	@Test
	void recordsQueryManyToManyAndDeleteMeters() {
		this.runner.withUserConfiguration(Registry.class).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			Notebook notebook = new Notebook();
			notebook.title = "n";
			relations.repository(Notebook.class).save(notebook);
			Label label = new Label();
			relations.repository(Label.class).save(label);
			notebook.labels.add(label);
			relations.objects(Notebook.class).delete();

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.get("covet.relations.query").tags("model", "Notebook", "operation", "insert").timer().count())
				.isEqualTo(1);
			assertThat(registry.get("covet.relations.m2m").tags("relation", "Notebook.labels", "action", "add").counter()
				.count()).isEqualTo(1);
			assertThat(registry.get("covet.relations.delete").tags("model", "Notebook").counter().count()).isEqualTo(1);
			// the rows of the automatic many-to-many table, under its name as in the query timer
			assertThat(registry.get("covet.relations.delete").tags("model", "Notebook_labels").counter().count())
				.isEqualTo(1);
			assertThat(registry.get("covet.relations.query").tags("model", "Notebook_labels").timers()).isNotEmpty();
			assertThat(registry.find("covet.relations.delete").tags("model", "AutoThroughRow").counter()).isNull();
			Notebook second = new Notebook();
			relations.repository(Notebook.class).save(second);
			second.labels.add(label);
			relations.objects(Notebook.class).prefetchRelated("labels").list();
			assertThat(registry.get("covet.relations.prefetch").tags("relation", "Notebook.labels").counter().count())
				.isEqualTo(1);
		});
	}

	/** Before (found by a probing helper), changes rolled back were counted as if they had happened. */
	@Test
	void changesRolledBackAreNotCounted() {
		this.runner.withUserConfiguration(Registry.class).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			Notebook notebook = new Notebook();
			notebook.title = "n";
			relations.repository(Notebook.class).save(notebook);
			Label label = new Label();
			relations.repository(Label.class).save(label);
			TransactionTemplate transaction = new TransactionTemplate(
					new DataSourceTransactionManager(context.getBean(DataSource.class)));
			transaction.executeWithoutResult(status -> {
				notebook.labels.add(label);
				relations.objects(Label.class).delete();
				status.setRollbackOnly();
			});

			MeterRegistry registry = context.getBean(MeterRegistry.class);
			assertThat(registry.find("covet.relations.m2m").counter()).satisfiesAnyOf(
					counter -> assertThat(counter).isNull(), counter -> assertThat(counter.count()).isZero());
			assertThat(registry.find("covet.relations.delete").tags("model", "Label").counter()).satisfiesAnyOf(
					counter -> assertThat(counter).isNull(), counter -> assertThat(counter.count()).isZero());
			transaction.executeWithoutResult(status -> notebook.labels.add(label));
			assertThat(registry.get("covet.relations.m2m").tags("action", "add").counter().count()).isEqualTo(1);
		});
	}

	@Test
	void metricsBackOffWithoutMicrometerOrWhenDisabled() {
		this.runner.withUserConfiguration(Registry.class)
			.withPropertyValues("covet.relations.metrics.enabled=false")
			.run(context -> assertThat(context).doesNotHaveBean(CovetMetrics.class));
		this.runner.run(context -> assertThat(context).doesNotHaveBean(CovetMetrics.class));
	}

	@Test
	@SuppressWarnings("unchecked")
	void endpointDescribesTheModelGraph() {
		this.runner.run(context -> {
			Map<String, Object> graph = context.getBean(RelationsEndpoint.class).relations();
			assertThat(graph).containsEntry("dialect", "sqlite");
			Map<String, Object> models = (Map<String, Object>) graph.get("models");
			assertThat(models).containsKeys("Notebook", "Note", "Label", "Notebook_labels");
			List<Map<String, Object>> noteRelations = (List<Map<String, Object>>) ((Map<String, Object>) models.get("Note"))
				.get("relations");
			assertThat(noteRelations.get(0)).containsEntry("name", "notebook")
				.containsEntry("kind", "foreign_key")
				.containsEntry("onDelete", "CASCADE")
				.containsEntry("relatedName", "notes");
		});
	}

	@Test
	void endpointBacksOffWithoutActuator() {
		this.runner.withClassLoader(new FilteredClassLoader(org.springframework.boot.actuate.endpoint.annotation.Endpoint.class))
			.run(context -> assertThat(context).doesNotHaveBean(RelationsEndpoint.class));
	}

	@Test
	void failureAnalyzersExplainStartupErrors() {
		FailureAnalysis model = new ModelDefinitionFailureAnalyzer()
			.analyze(new ModelDefinitionException(Notebook.class, "tags", "type java.util.List cannot be mapped"));
		assertThat(model.getDescription()).contains("Notebook.tags", "cannot be mapped");
		FailureAnalysis dialect = new NoDialectFailureAnalyzer().analyze(new NoDialectException("Oracle", "23"));
		assertThat(dialect.getAction()).contains("covet.relations.dialect");
	}

	@Configuration(proxyBeanMethods = false)
	static class Registry {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}
	}
}
