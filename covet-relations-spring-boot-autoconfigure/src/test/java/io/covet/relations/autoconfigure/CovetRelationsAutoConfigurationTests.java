package io.covet.relations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.models.Label;
import io.covet.relations.autoconfigure.models.Note;
import io.covet.relations.autoconfigure.models.Notebook;
import io.covet.relations.autoconfigure.models.NotebookRepository;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.dialect.PostgresDialect;
import io.covet.relations.dialect.SqliteDialect;
import io.covet.relations.event.ManyToManyAction;
import io.covet.relations.event.ManyToManyChanged;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.NoDialectException;
import io.covet.relations.repository.CovetRepository;

@ExtendWith(OutputCaptureExtension.class)
class CovetRelationsAutoConfigurationTests {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
				DataSourceTransactionManagerAutoConfiguration.class, CovetRelationsAutoConfiguration.class))
		.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("autoconfig"),
				"covet.relations.model-packages=io.covet.relations.autoconfigure.models",
				"covet.relations.schema.auto-create=true");


	@Test
	void configuresRelationsWithDetectedDialectScannedModelsAndCreatedTables() {
		this.runner.run(context -> {
			assertThat(context).hasSingleBean(CovetRelations.class).hasSingleBean(MissingTablesInitializer.class);
			CovetRelations relations = context.getBean(CovetRelations.class);
			assertThat(context.getBean(Dialect.class)).isInstanceOf(SqliteDialect.class);
			assertThat(relations.registry().contains(Note.class)).isTrue();
			assertThat(relations.registry().contains(Notebook.class)).isTrue();
			CovetRepository<Notebook, Long> notebooks = relations.repository(Notebook.class);
			Notebook notebook = new Notebook();
			notebook.title = "Ideas";
			notebooks.save(notebook);
			assertThat(notebooks.count()).isEqualTo(1);
		});
	}

	@Test
	void sharesTheApplicationsTransactions() {
		this.runner.run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			try {
				transactions.executeWithoutResult(status -> {
					Notebook notebook = new Notebook();
					notebook.title = "Rolled back";
					relations.repository(Notebook.class).save(notebook);
					throw new IllegalStateException("boom");
				});
			}
			catch (IllegalStateException expected) {
				// the save above must be rolled back with the application's transaction
			}
			assertThat(new JdbcTemplate(context.getBean(DataSource.class)).queryForObject("SELECT COUNT(*) FROM notebook",
					Long.class)).isZero();
		});
	}

	@Test
	void manyToManyChangesArriveAsSpringEvents() {
		this.runner.withUserConfiguration(EventRecorder.class).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			Notebook notebook = new Notebook();
			notebook.title = "n";
			relations.repository(Notebook.class).save(notebook);
			Label label = new Label();
			label.name = "l";
			relations.repository(Label.class).save(label);

			notebook.labels.add(label);

			assertThat(context.getBean(EventRecorder.class).events).extracting(ManyToManyChanged::action)
				.containsExactly(ManyToManyAction.PRE_ADD, ManyToManyAction.POST_ADD);
			assertThat(context.getBean(EventRecorder.class).events.get(1).keys()).containsExactly(label.id);
		});
	}

	@Test
	void repositoryInterfacesBecomeBeansWithDerivedQueries() {
		this.runner.withPropertyValues("covet.relations.repository-packages=io.covet.relations.autoconfigure.models")
			.run(context -> {
				NotebookRepository notebooks = context.getBean(NotebookRepository.class);
				for (String title : new String[] { "Ideas", "ideas", "Recipes", "Travel ideas" }) {
					Notebook notebook = new Notebook();
					notebook.title = title;
					notebooks.save(notebook);
				}
				notebooks.save(new Notebook());
				assertThat(notebooks.count()).isEqualTo(5);
				assertThat(notebooks.findByTitleContaining("deas")).hasSize(3);
				assertThat(notebooks.findFirstByTitleIgnoreCaseOrderByIdDesc("IDEAS")).map(n -> n.title).contains("ideas");
				assertThat(notebooks.countByTitleStartingWith("Re")).isEqualTo(1);
				assertThat(notebooks.existsByTitle("Recipes")).isTrue();
				assertThat(notebooks.existsByTitle("nope")).isFalse();
				assertThat(notebooks.findByTitleInOrTitleIsNull(java.util.List.of("Ideas"))).hasSize(2);
				assertThat(notebooks.titledLike("IDEA")).extracting(n -> n.title).containsExactly("Ideas", "Travel ideas", "ideas");
				assertThat(notebooks.deleteByTitle("Recipes")).isEqualTo(1);
				assertThat(notebooks.filter("title", "Recipes").exists()).isFalse();
				assertThat(notebooks.toString()).contains("NotebookRepository");
			});
	}

	@Test
	void transactionalEventListenersHearOnlyCommittedChanges() {
		this.runner.withUserConfiguration(AfterCommit.class).run(context -> {
			CovetRelations relations = context.getBean(CovetRelations.class);
			TransactionTemplate transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
			Notebook notebook = new Notebook();
			relations.repository(Notebook.class).save(notebook);
			Label label = new Label();
			relations.repository(Label.class).save(label);
			AfterCommit listener = context.getBean(AfterCommit.class);

			try {
				transactions.executeWithoutResult(status -> {
					notebook.labels.add(label);
					throw new IllegalStateException("roll back");
				});
			}
			catch (IllegalStateException expected) {
				// rolled back: nothing to hear
			}
			assertThat(listener.committed).isEmpty();
			transactions.executeWithoutResult(status -> {
				notebook.labels.add(label);
				assertThat(listener.committed).isEmpty();
			});
			assertThat(listener.committed).extracting(ManyToManyChanged::action)
				.containsExactly(ManyToManyAction.POST_ADD);
		});
	}

	@Test
	void dialectPropertyOverridesDetection() {
		this.runner.withPropertyValues("covet.relations.dialect=postgresql", "covet.relations.schema.auto-create=false")
			.run(context -> assertThat(context.getBean(Dialect.class)).isInstanceOf(PostgresDialect.class));
	}

	/** Honoured, but a dialect that is not the connected database's is said in the log (a probing helper's item). */
	@Test
	void aNamedDialectOfAnotherDatabaseIsReported(CapturedOutput output) {
		this.runner.withPropertyValues("covet.relations.dialect=postgresql", "covet.relations.schema.auto-create=false")
			.run(context -> assertThat(output)
				.contains("covet.relations.dialect=postgresql but the DataSource connects to SQLite"));
		this.runner.withPropertyValues("covet.relations.dialect=sqlite")
			.run(context -> assertThat(output).doesNotContain("covet.relations.dialect=sqlite but"));
	}

	@Test
	void propertiesReachTheRelations() {
		this.runner.withPropertyValues("covet.relations.strict-loading=true")
			.run(context -> assertThat(context.getBean(CovetRelations.class).isStrictLoading()).isTrue());
	}

	@Test
	void userDefinedRelationsWin() {
		this.runner.withUserConfiguration(UserRelations.class).run(context -> {
			assertThat(context).hasSingleBean(CovetRelations.class);
			assertThat(context.getBean(CovetRelations.class).registry().contains(Note.class)).isFalse();
		});
	}

	@Test
	void userDefinedRelationsOverOneOfTwoDataSourcesGetsRepositoriesAndEvents() {
		this.runner.withUserConfiguration(TwoDataSourcesAndUserRelations.class)
			.withPropertyValues("covet.relations.repository-packages=io.covet.relations.autoconfigure.models")
			.run(context -> {
				assertThat(context).hasSingleBean(CovetRelations.class)
					.hasSingleBean(NotebookRepository.class)
					.hasSingleBean(ApplicationEventBridge.class)
					.doesNotHaveBean(Dialect.class);
				Notebook notebook = new Notebook();
				notebook.title = "Ideas";
				assertThat(context.getBean(NotebookRepository.class).save(notebook).id).isNotNull();
			});
	}

	@Test
	void userDefinedModelListWins() {
		// The scanned package holds a broken model: only the user's list keeps startup from failing.
		this.runner.withUserConfiguration(ExplicitModels.class)
			.withPropertyValues("covet.relations.model-packages=io.covet.relations.autoconfigure.broken")
			.run(context -> assertThat(context.getBean(CovetRelations.class).registry().models()).hasSize(4));
	}

	@Test
	void autoCreateIsOffByDefaultWhenFlywayIsPresent() {
		new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, CovetRelationsAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("flyway"),
					"covet.relations.model-packages=io.covet.relations.autoconfigure.models")
			.run(context -> assertThat(context).hasSingleBean(CovetRelations.class)
				.doesNotHaveBean(MissingTablesInitializer.class));
	}

	@Test
	void autoCreateIsOnByDefaultWithoutFlyway() {
		new ApplicationContextRunner().withClassLoader(new FilteredClassLoader("org.flywaydb"))
			.withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, CovetRelationsAutoConfiguration.class))
			.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("noflyway"),
					"covet.relations.model-packages=io.covet.relations.autoconfigure.models")
			.run(context -> assertThat(context).hasSingleBean(MissingTablesInitializer.class));
	}

	@Test
	void autoCreateCanBeSwitchedOff() {
		this.runner.withPropertyValues("covet.relations.schema.auto-create=false")
			.run(context -> assertThat(context).doesNotHaveBean(MissingTablesInitializer.class));
	}

	@Test
	void backsOffWithoutADataSource() {
		new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(CovetRelationsAutoConfiguration.class))
			.run(context -> assertThat(context).doesNotHaveBean(CovetRelations.class));
	}

	@Test
	void backsOffWhenCoreIsMissing() {
		this.runner.withClassLoader(new FilteredClassLoader(CovetRelations.class))
			.run(context -> assertThat(context).doesNotHaveBean(CovetRelations.class));
	}

	@Test
	void brokenModelFailsStartupNamingClassAndField() {
		this.runner.withPropertyValues("covet.relations.model-packages=io.covet.relations.autoconfigure.broken")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(ModelDefinitionException.class)
				.hasMessageContaining("BrokenModel.tags"));
	}

	@Test
	void unknownDialectNameFailsStartup() {
		this.runner.withPropertyValues("covet.relations.dialect=oracle")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(NoDialectException.class)
				.hasMessageContaining("oracle"));
	}

	@Test
	void sqliteWithoutForeignKeysIsRefused() {
		this.runner.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("nofk").replace("?foreign_keys=true", ""))
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(NoDialectException.class)
				.hasMessageContaining("foreign_keys"));
	}

	@Test
	void sqliteWithoutForeignKeysIsRefusedAlsoWhenTheDialectIsNamed() {
		this.runner
			.withPropertyValues("spring.datasource.url=" + SqliteFiles.url("nofknamed").replace("?foreign_keys=true", ""),
					"covet.relations.dialect=sqlite")
			.run(context -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.isInstanceOf(NoDialectException.class)
				.hasMessageContaining("foreign_keys"));
	}

	@Configuration(proxyBeanMethods = false)
	static class EventRecorder {

		final java.util.List<ManyToManyChanged> events = new java.util.ArrayList<>();

		@EventListener
		void on(ManyToManyChanged event) {
			this.events.add(event);
		}
	}

	@Configuration(proxyBeanMethods = false)
	@org.springframework.transaction.annotation.EnableTransactionManagement
	static class AfterCommit {

		final java.util.List<ManyToManyChanged> committed = new java.util.concurrent.CopyOnWriteArrayList<>();

		@org.springframework.transaction.event.TransactionalEventListener
		void on(ManyToManyChanged event) {
			if (event.action() == ManyToManyAction.POST_ADD) {
				this.committed.add(event);
			}
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class UserRelations {

		@Bean
		CovetRelations myRelations(DataSource dataSource) {
			return CovetRelations.builder(dataSource).build();
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class TwoDataSourcesAndUserRelations {

		@Bean
		DataSource first() {
			return new SimpleDriverDataSource(new org.sqlite.JDBC(), SqliteFiles.url("first"));
		}

		@Bean
		DataSource second() {
			return new SimpleDriverDataSource(new org.sqlite.JDBC(), SqliteFiles.url("second"));
		}

		@Bean
		CovetRelations relationsOverTheFirst(DataSource first) {
			CovetRelations relations = CovetRelations.builder(first).models(Notebook.class, Note.class, Label.class).build();
			relations.schema().createTables();
			return relations;
		}
	}

	@Configuration(proxyBeanMethods = false)
	static class ExplicitModels {

		@Bean
		CovetModels covetModels() {
			return CovetModels.of(Notebook.class, Note.class, Label.class);
		}
	}

	/** A misspelt package finds no models; the context still starts (models may come later) but says so. */
	@Test
	void aModelPackageWithoutModelsIsReported(CapturedOutput output) {
		this.runner.withPropertyValues("covet.relations.model-packages=io.covet.relations.autoconfigure.modles")
			.run(context -> {
				assertThat(context).hasNotFailed();
				assertThat(output).contains("No @Model classes found in [io.covet.relations.autoconfigure.modles]");
			});
	}
}
