package io.covet.relations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.covet.relations.CovetRelations;
import io.covet.relations.exception.NoDialectException;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/** Dialect detection, quoting, limits and pattern escaping. */
class DialectResolverTests {

	@Test
	void detectsDialectsFromProductNamesAndVersions() {
		assertThat(DialectResolver.forProduct("PostgreSQL", "15.4", 15, 4)).isInstanceOf(PostgresDialect.class);
		Dialect maria = DialectResolver.forProduct("MariaDB", "10.11.6-MariaDB", 10, 11);
		assertThat(maria.name()).isEqualTo("mariadb");
		assertThat(maria.supportsInsertReturning()).isTrue();
		Dialect viaMySqlDriver = DialectResolver.forProduct("MySQL", "5.5.5-10.11.6-MariaDB", 5, 5);
		assertThat(viaMySqlDriver.name()).isEqualTo("mariadb");
		assertThat(viaMySqlDriver.supportsInsertReturning()).isTrue();
		assertThat(DialectResolver.forProduct("MariaDB", "10.4.2-MariaDB", 10, 4).supportsInsertReturning()).isFalse();
		Dialect mysql = DialectResolver.forProduct("MySQL", "8.0.36", 8, 0);
		assertThat(mysql.name()).isEqualTo("mysql");
		assertThat(mysql.supportsInsertReturning()).isFalse();
		assertThat(DialectResolver.forProduct("SQLite", "3.45.1", 3, 45).maxBindParameters()).isEqualTo(32_766);
		assertThat(DialectResolver.forProduct("SQLite", "3.31.0", 3, 31).maxBindParameters()).isEqualTo(999);
		assertThatThrownBy(() -> DialectResolver.forProduct("Oracle", "23ai", 23, 0)).isInstanceOf(NoDialectException.class)
			.hasMessageContaining("covet.relations.dialect");
		assertThat(DialectResolver.forName("postgresql")).isInstanceOf(PostgresDialect.class);
		assertThat(DialectResolver.forName("SQLite")).isInstanceOf(SqliteDialect.class);
		assertThatThrownBy(() -> DialectResolver.forName("db2")).isInstanceOf(NoDialectException.class);
	}

	@Test
	void quotesIdentifiersDoublingEmbeddedQuotes() {
		assertThat(new PostgresDialect().quote("we\"ird")).isEqualTo("\"we\"\"ird\"");
		assertThat(new SqliteDialect().quote("order")).isEqualTo("\"order\"");
		assertThat(new MariaDbDialect().quote("a`b")).isEqualTo("`a``b`");
	}

	@Test
	void limitsAndOffsets() {
		assertThat(new PostgresDialect().limitOffset(10L, 20L)).isEqualTo(" LIMIT 10 OFFSET 20");
		assertThat(new PostgresDialect().limitOffset(null, 5L)).isEqualTo(" OFFSET 5");
		assertThat(new MariaDbDialect().limitOffset(null, 5L)).isEqualTo(" LIMIT 18446744073709551615 OFFSET 5");
		assertThat(new SqliteDialect().limitOffset(null, 5L)).isEqualTo(" LIMIT -1 OFFSET 5");
		assertThat(new SqliteDialect().limitOffset(3L, null)).isEqualTo(" LIMIT 3");
	}

	@Test
	void escapesPatterns() {
		assertThat(new PostgresDialect().patternMatch(PatternKind.CONTAINS, false, "50%_!").value()).isEqualTo("%50!%!_!!%");
		assertThat(new PostgresDialect().patternMatch(PatternKind.STARTS_WITH, true, "a").value()).isEqualTo("a%");
		assertThat(new SqliteDialect().patternMatch(PatternKind.ENDS_WITH, false, "*?[x").value()).isEqualTo("*[*][?][[]x");
	}

	@Test
	void refusesSqliteConnectionsWithoutForeignKeys() throws Exception {
		Path file = Files.createDirectories(Path.of("target", "sqlite")).resolve("nofk-" + System.nanoTime() + ".db");
		DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:sqlite:" + file.toAbsolutePath());
		assertThatThrownBy(() -> CovetRelations.builder(dataSource).build()).isInstanceOf(NoDialectException.class)
			.hasMessageContaining("foreign_keys");
	}

	@DatabaseTest
	void detectsTheDialectOfEachDatabase(TestDatabase db) {
		Dialect dialect = DialectResolver.resolve(db.dataSource());
		String expected = switch (db.target()) {
			case SQLITE -> "sqlite";
			case POSTGRESQL -> "postgresql";
			case MARIADB -> "mariadb";
		};
		assertThat(dialect.name()).isEqualTo(expected);
		assertThat(dialect.supportsInsertReturning()).isTrue();
		assertThat(db.is(TestTarget.POSTGRESQL)).isEqualTo(dialect.supportsArrayParameters());
	}
}
