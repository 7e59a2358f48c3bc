package io.covet.relations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.models.Label;
import io.covet.relations.autoconfigure.models.Note;
import io.covet.relations.autoconfigure.models.Notebook;
import io.covet.relations.autoconfigure.models.NotebookRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.TestDatabase;

/**
 * Beans that use repositories while the context starts find the schema in place, whether auto-create or Flyway
 * makes it: the {@code CovetRelations} waits for database initialization, as Spring Boot's {@code JdbcTemplate} does.
 */
class DatabaseInitializationOrderTests {

	private static final Class<?>[] MODELS = { Label.class, Notebook.class, Note.class };

	private static ApplicationContextRunner runner(TestDatabase db) {
		dropTables(db);
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class, CovetRelationsAutoConfiguration.class))
			.withBean(DataSource.class, () -> new DelegatingDataSource(db.dataSource()))
			.withUserConfiguration(EarlyReader.class)
			.withPropertyValues("covet.relations.model-packages=io.covet.relations.autoconfigure.models",
					"covet.relations.repository-packages=io.covet.relations.autoconfigure.models");
	}

	private static void dropTables(TestDatabase db) {
		db.build(builder -> builder.models(MODELS)).schema().dropTables(MODELS);
		db.jdbc().execute("DROP TABLE IF EXISTS flyway_schema_history");
	}

	@DatabaseTest
	void repositoriesUsedAtStartupFindTablesMadeByAutoCreate(TestDatabase db) {
		runner(db).withPropertyValues("spring.flyway.enabled=false", "covet.relations.schema.auto-create=true")
			.run(context -> assertThat(context.getBean(EarlyReader.class).count).isZero());
		dropTables(db);
	}

	@DatabaseTest
	void repositoriesUsedAtStartupFindTablesMadeByFlyway(TestDatabase db) {
		runner(db).withBean(V1__CovetTables.class)
			.run(context -> assertThat(context.getBean(EarlyReader.class).count).isZero());
		dropTables(db);
	}

	@Configuration(proxyBeanMethods = false)
	static class EarlyReader {

		final long count;

		EarlyReader(NotebookRepository notebooks) {
			this.count = notebooks.count();
		}
	}

	/** A Flyway migration (version 1, from the class name) making the models' tables, in whichever database's SQL. */
	static class V1__CovetTables extends BaseJavaMigration {

		@Override
		public void migrate(Context context) {
			CovetRelations.builder(new SingleConnectionDataSource(context.getConnection(), true))
				.models(MODELS)
				.build()
				.schema()
				.createTables();
		}
	}
}
