package io.covet.relations.autoconfigure;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** JDBC URLs of fresh SQLite files under {@code target/sqlite}, one per application context a test starts. */
public final class SqliteFiles {

	private SqliteFiles() {
	}

	/** A URL of a new database file named after {@code name}, with foreign keys enforced. */
	public static String url(String name) {
		try {
			Path file = Files.createDirectories(Path.of("target", "sqlite")).resolve(name + "-" + System.nanoTime() + ".db");
			return "jdbc:sqlite:" + file.toAbsolutePath() + "?foreign_keys=true";
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
