package io.covet.relations.autoconfigure.observation;

import static io.micrometer.observation.tck.TestObservationRegistryAssert.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.observation.DefaultMeterObservationHandler;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.observation.tck.TestObservationRegistry;

import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.CovetRelationsAutoConfiguration;
import io.covet.relations.autoconfigure.metrics.CovetRelationsMetricsAutoConfiguration;
import io.covet.relations.autoconfigure.SqliteFiles;
import io.covet.relations.autoconfigure.models.Label;
import io.covet.relations.autoconfigure.models.Note;
import io.covet.relations.autoconfigure.models.Notebook;
import io.covet.relations.event.ModelDeleted;
import io.covet.relations.event.RelationEventListener;
import io.covet.relations.query.DeleteResult;

class CovetRelationsObservationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, CovetRelationsAutoConfiguration.class,
				CovetRelationsObservationAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("observations"), "covet.relations.schema.auto-create=true",
				"covet.relations.model-packages=io.covet.relations.autoconfigure.models");


	private static Notebook notebook(CovetRelations relations, String title) {
		Notebook notebook = new Notebook();
		notebook.title = title;
		return relations.repository(Notebook.class).save(notebook);
	}

	private static Label label(CovetRelations relations, String name) {
		Label label = new Label();
		label.name = name;
		return relations.repository(Label.class).save(label);
	}

	private static void note(CovetRelations relations, Notebook notebook) {
		Note note = new Note();
		note.text = "n";
		note.notebook = io.covet.relations.relation.Ref.to(notebook);
		relations.repository(Note.class).save(note);
	}

	@Test
	void observesEachPrefetchLevelWithItsOwnersAndRows() {
		this.runner.withUserConfiguration(TestRegistry.class).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			Notebook first = notebook(relations, "first");
			Notebook second = notebook(relations, "second");
			first.labels.add(label(relations, "a"), label(relations, "b"));
			second.labels.add(label(relations, "c"));
			TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
			registry.clear();

			relations.objects(Notebook.class).prefetchRelated("labels", "notes").list();

			assertThat(registry).hasNumberOfObservationsEqualTo(2)
				.hasObservationWithNameEqualTo("covet.relations.prefetch.lookup")
				.that()
				.hasContextualNameEqualTo("prefetch Notebook.labels")
				.hasLowCardinalityKeyValue("model", "Notebook")
				.hasLowCardinalityKeyValue("relation", "Notebook.labels")
				.hasLowCardinalityKeyValue("dialect", "sqlite")
				.hasHighCardinalityKeyValue("covet.relations.owners", "2")
				.hasHighCardinalityKeyValue("covet.relations.rows", "3")
				.hasOnlyKeys("model", "relation", "dialect", "covet.relations.owners", "covet.relations.rows")
				.doesNotHaveError()
				.hasBeenStarted()
				.hasBeenStopped();
			assertThat(registry).hasAnObservation(observation -> observation.hasLowCardinalityKeyValue("relation",
					"Notebook.notes").hasHighCardinalityKeyValue("covet.relations.rows", "0"));
		});
	}

	@Test
	void observesADeleteOnceWithTheRowsItsCascadesRemoved() {
		this.runner.withUserConfiguration(TestRegistry.class).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			Notebook notebook = notebook(relations, "n");
			note(relations, notebook);
			note(relations, notebook);
			TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
			registry.clear();

			DeleteResult result = relations.objects(Notebook.class).delete();

			assertThat(result.total()).isEqualTo(3);
			assertThat(registry).hasNumberOfObservationsEqualTo(1)
				.hasObservationWithNameEqualTo("covet.relations.delete.cascade")
				.that()
				.hasContextualNameEqualTo("delete Notebook")
				.hasLowCardinalityKeyValue("model", "Notebook")
				.hasLowCardinalityKeyValue("dialect", "sqlite")
				.hasHighCardinalityKeyValue("covet.relations.keys", "1")
				.hasHighCardinalityKeyValue("covet.relations.rows", "3")
				.hasBeenStopped();
		});
	}

	@Test
	void aFailedDeleteIsObservedWithItsErrorAndNoRows() {
		this.runner.withUserConfiguration(TestRegistry.class, VetoingListener.class).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			notebook(relations, "kept");
			TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);

			assertThatThrownBy(() -> relations.objects(Notebook.class).delete()).hasMessage("no deletes today");

			assertThat(registry).hasObservationWithNameEqualTo("covet.relations.delete.cascade")
				.that()
				.hasError()
				.doesNotHaveHighCardinalityKeyValueWithKey("covet.relations.rows")
				.hasBeenStopped();
		});
	}

	@Test
	void observesManyToManyChangesByActionAndNestsTheStepsOfASet() {
		this.runner.withUserConfiguration(TestRegistry.class).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			Notebook notebook = notebook(relations, "n");
			Label a = label(relations, "a");
			Label b = label(relations, "b");
			TestObservationRegistry registry = context.getBean(TestObservationRegistry.class);
			registry.clear();

			notebook.labels.add(a);
			notebook.labels.remove(a);
			notebook.labels.set(List.of(a, b), true, java.util.Map.of());

			assertThat(registry).hasNumberOfObservationsWithNameEqualTo("covet.relations.m2m.change", 5)
				.hasObservationWithNameEqualTo("covet.relations.m2m.change")
				.that()
				.hasContextualNameEqualTo("m2m add Notebook.labels")
				.hasOnlyKeys("relation", "action", "dialect");
			assertThat(registry).hasHandledContextsThatSatisfy(contexts -> assertThat(contexts)
				.extracting(Observation.Context::getContextualName,
						observed -> observed.getParentObservation() == null ? null
								: observed.getParentObservation().getContextView().getContextualName())
				.containsExactlyInAnyOrder(tuple("m2m add Notebook.labels", null), tuple("m2m remove Notebook.labels", null),
						tuple("m2m set Notebook.labels", null), tuple("m2m clear Notebook.labels", "m2m set Notebook.labels"),
						tuple("m2m add Notebook.labels", "m2m set Notebook.labels")));
		});
	}

	@Test
	void derivedTimersDoNotCollideWithTheCountersOfTheSameOperations() {
		this.runner.withConfiguration(AutoConfigurations.of(CovetRelationsMetricsAutoConfiguration.class))
			.withUserConfiguration(MeteredRegistry.class)
			.run(context -> {
				CovetRelations relations = context.getBean(CovetRelations.class);
				Notebook notebook = notebook(relations, "n");
				notebook.labels.add(label(relations, "a"));
				relations.objects(Notebook.class).prefetchRelated("labels").list();
				relations.objects(Notebook.class).delete();

				MeterRegistry meters = context.getBean(MeterRegistry.class);
				assertThat(meters.get("covet.relations.prefetch.lookup").tags("relation", "Notebook.labels").timer().count())
					.isEqualTo(1);
				assertThat(meters.get("covet.relations.prefetch").tags("relation", "Notebook.labels").counter().count())
					.isEqualTo(1);
				assertThat(meters.get("covet.relations.m2m.change").tags("action", "add").timer().count()).isEqualTo(1);
				assertThat(meters.get("covet.relations.m2m").tags("action", "add").counter().count()).isEqualTo(1);
				assertThat(meters.get("covet.relations.delete.cascade").tags("model", "Notebook").timer().count())
					.isEqualTo(1);
				assertThat(meters.get("covet.relations.delete").tags("model", "Notebook").counter().count()).isEqualTo(1);
				assertThat(meters.find("covet.relations.delete.cascade").tagKeys("covet.relations.rows").meters()).isEmpty();
			});
	}

	@Test
	void backsOffWithoutARegistry() {
		this.runner.run(context -> assertThat(context).doesNotHaveBean(ObservationOperationObserver.class)
			.hasSingleBean(CovetRelations.class));
	}

	@Test
	void backsOffWithoutMicrometerObservationOnTheClasspath() {
		this.runner.withUserConfiguration(TestRegistry.class)
			.withClassLoader(new FilteredClassLoader(ObservationRegistry.class))
			.run(context -> assertThat(context).doesNotHaveBean(ObservationOperationObserver.class));
	}

	@Test
	void switchedOffByProperty() {
		this.runner.withUserConfiguration(TestRegistry.class)
			.withPropertyValues("covet.relations.observations.enabled=false")
			.run(context -> {
				assertThat(context).doesNotHaveBean(ObservationOperationObserver.class);
				notebook(context.getBean(CovetRelations.class), "n").labels.clear();
				assertThat(context.getBean(TestObservationRegistry.class)).doesNotHaveAnyObservation();
			});
	}

	@Test
	void aUserObserverReplacesTheDefaultOne() {
		this.runner.withUserConfiguration(TestRegistry.class, UserObserver.class)
			.run(context -> assertThat(context).getBean(ObservationOperationObserver.class)
				.isSameAs(context.getBean(UserObserver.class).observer));
	}

	@Test
	void aConventionBeanRenamesTheObservation() {
		this.runner.withUserConfiguration(TestRegistry.class, RenamingConvention.class).run(context -> {
			notebook(context.getBean(CovetRelations.class), "n").labels.clear();
			assertThat(context.getBean(TestObservationRegistry.class)).hasObservationWithNameEqualTo("labels.changed");
		});
	}

	@Configuration(proxyBeanMethods = false)
	static class TestRegistry {

		@Bean
		TestObservationRegistry observationRegistry() {
			return TestObservationRegistry.create();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class MeteredRegistry {

		@Bean
		MeterRegistry meterRegistry() {
			return new SimpleMeterRegistry();
		}

		@Bean
		ObservationRegistry observationRegistry(MeterRegistry meters) {
			ObservationRegistry registry = ObservationRegistry.create();
			registry.observationConfig().observationHandler(new DefaultMeterObservationHandler(meters));
			return registry;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class VetoingListener {

		@Bean
		RelationEventListener vetoingListener() {
			return event -> {
				if (event instanceof ModelDeleted) {
					throw new IllegalStateException("no deletes today");
				}
			};
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UserObserver {

		final ObservationOperationObserver observer = new ObservationOperationObserver(ObservationRegistry.NOOP);

		@Bean
		ObservationOperationObserver userObserver() {
			return this.observer;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class RenamingConvention {

		@Bean
		ManyToManyObservationConvention renamingConvention() {
			return new DefaultManyToManyObservationConvention() {
				@Override
				public String getName() {
					return "labels.changed";
				}
			};
		}
	}
}
