package io.covet.relations.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.datasource.DelegatingDataSource;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.wildcard.WildcardTable;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.TestDatabase;

/** {@code covet.relations.schema.auto-create} on every test database. */
class MissingTablesInitializerTests {

	private static ApplicationContextRunner runner(TestDatabase db) {
		return new ApplicationContextRunner()
			.withConfiguration(AutoConfigurations.of(CovetRelationsAutoConfiguration.class))
			.withBean(DataSource.class, () -> new DelegatingDataSource(db.dataSource()))
			.withPropertyValues("covet.relations.model-packages=io.covet.relations.autoconfigure.wildcard",
					"covet.relations.schema.auto-create=true");
	}

	@DatabaseTest
	void aTableMatchingTheNameAsALikePatternIsNotTheModelsTable(TestDatabase db) {
		db.jdbc().execute("CREATE TABLE bfwXbootXwild (id INTEGER PRIMARY KEY)");
		runner(db).run(context -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(CovetRelations.class).repository(WildcardTable.class).count()).isZero();
		});
		// and the next start finds the table it made
		runner(db).run(context -> assertThat(context).hasNotFailed());
	}
}
