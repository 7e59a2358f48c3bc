package io.covet.relations.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import io.covet.relations.CovetRelations;

/**
 * A fresh SQLite file per call, for running the guide's snippets: cheap, and as strict as the guide asks
 * ({@code foreign_keys=true}).
 */
public final class GuideDatabase {

	private static final AtomicInteger COUNTER = new AtomicInteger();

	private GuideDatabase() {
	}

	/** A {@code DataSource} on a new, empty database. */
	public static DataSource dataSource() {
		try {
			Path file = Files.createDirectories(Path.of("target", "guide"))
				.resolve("guide-" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".db");
			Files.deleteIfExists(file);
			SQLiteConfig config = new SQLiteConfig();
			config.enforceForeignKeys(true);
			SQLiteDataSource dataSource = new SQLiteDataSource(config);
			dataSource.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
			return dataSource;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** {@code relations} with the tables of all its models created. */
	public static CovetRelations withTables(CovetRelations relations) {
		relations.schema().createTables(relations.registry().models());
		return relations;
	}

	/** A {@link CovetRelations} on a new database, with the tables of {@code models}. */
	public static CovetRelations relations(Class<?>... models) {
		return withTables(CovetRelations.builder(dataSource()).models(models).build());
	}
}
