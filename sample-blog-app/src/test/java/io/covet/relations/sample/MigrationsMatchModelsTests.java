package io.covet.relations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import io.covet.relations.CovetRelations;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.dialect.MariaDbDialect;
import io.covet.relations.dialect.PostgresDialect;
import io.covet.relations.dialect.SqliteDialect;
import io.covet.relations.sample.model.Author;
import io.covet.relations.sample.model.Category;
import io.covet.relations.sample.model.Comment;
import io.covet.relations.sample.model.Notice;
import io.covet.relations.sample.model.Photo;
import io.covet.relations.sample.model.Post;
import io.covet.relations.sample.model.Release;
import io.covet.relations.sample.model.Tag;
import io.covet.relations.sample.model.Talk;

/** The Flyway scripts hold exactly the DDL the models describe, per database, so they cannot drift apart. */
class MigrationsMatchModelsTests {

	@Test
	void migrationsMatchTheModels() throws Exception {
		for (Dialect dialect : List.of(new PostgresDialect(), new MariaDbDialect(), new SqliteDialect())) {
			CovetRelations relations = CovetRelations.builder(new DriverManagerDataSource("jdbc:sqlite::memory:"))
				.dialect(dialect)
				.models(Author.class, Post.class, Comment.class, Tag.class, Photo.class, Category.class, Notice.class,
						Talk.class, Release.class)
				.build();
			List<String> expected = relations.schema()
				.createStatements(relations.registry().models())
				.stream()
				.map(statement -> statement + ";")
				.toList();
			List<String> script = Arrays.stream(Files.readString(
					Path.of("src/main/resources/db/migration/" + dialect.name() + "/V1__blog.sql")).split("\n"))
				.filter(line -> !line.startsWith("--") && !line.isBlank())
				.toList();
			assertThat(script).as(dialect.name()).isEqualTo(expected);
		}
	}
}
