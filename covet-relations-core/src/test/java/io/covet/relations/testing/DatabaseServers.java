package io.covet.relations.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assumptions;

/**
 * Finds the servers the suite runs on. URLs come from the environment ({@code COVET_TEST_POSTGRES_URL},
 * {@code COVET_TEST_MARIADB_URL}, with {@code _USER}/{@code _PASSWORD}), default to the local servers, and fall back
 * to Testcontainers where Docker runs. A server that cannot be reached is reported loudly; with {@code CI=true} it
 * fails the tests instead of skipping them.
 */
final class DatabaseServers {

	private static final Map<TestTarget, Object> servers = new ConcurrentHashMap<>();

	private DatabaseServers() {
	}

	/** A fresh, empty database for one test class: its own schema, database or file. */
	static ServerConnection isolated(TestTarget target, String name) {
		return switch (target) {
			case SQLITE -> sqliteFile(name);
			case POSTGRESQL -> postgresSchema(server(target), name);
			case MARIADB -> mariaDbDatabase(server(target), name);
		};
	}

	/** Removes what {@link #isolated} created. */
	static void dispose(TestTarget target, ServerConnection isolated, String name) {
		try {
			switch (target) {
				case SQLITE -> Files.deleteIfExists(Path.of(isolated.url().substring("jdbc:sqlite:".length()).split("\\?")[0]));
				case POSTGRESQL -> execute(server(target), "DROP SCHEMA IF EXISTS \"" + name + "\" CASCADE");
				case MARIADB -> execute(server(target), "DROP DATABASE IF EXISTS `" + name + "`");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ServerConnection sqliteFile(String name) {
		try {
			Path directory = Path.of("target", "sqlite");
			Files.createDirectories(directory);
			Path file = directory.resolve(name + ".db");
			Files.deleteIfExists(file);
			// Foreign keys are off in SQLite unless every connection turns them on; IMMEDIATE transactions take the
			// write lock at BEGIN, so a transaction that reads before it writes cannot fail to upgrade (SQLITE_BUSY).
			return new ServerConnection("jdbc:sqlite:" + file.toAbsolutePath()
					+ "?foreign_keys=true&busy_timeout=10000&journal_mode=WAL&transaction_mode=IMMEDIATE", "", "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static ServerConnection postgresSchema(ServerConnection server, String name) {
		execute(server, "DROP SCHEMA IF EXISTS \"" + name + "\" CASCADE");
		execute(server, "CREATE SCHEMA \"" + name + "\"");
		String separator = server.url().contains("?") ? "&" : "?";
		return new ServerConnection(server.url() + separator + "currentSchema=" + name, server.user(), server.password());
	}

	private static ServerConnection mariaDbDatabase(ServerConnection server, String name) {
		execute(server, "DROP DATABASE IF EXISTS `" + name + "`");
		execute(server, "CREATE DATABASE `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		String url = server.url();
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		String parameters = query < 0 ? "" : url.substring(query);
		return new ServerConnection(base.substring(0, base.lastIndexOf('/') + 1) + name + parameters, server.user(),
				server.password());
	}

	private static void execute(ServerConnection server, String sql) {
		try (Connection connection = DriverManager.getConnection(server.url(), server.user(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Could not run '" + sql + "' on " + server.url(), ex);
		}
	}

	private static ServerConnection server(TestTarget target) {
		Object server = servers.computeIfAbsent(target, DatabaseServers::locate);
		if (server instanceof ServerConnection connection) {
			return connection;
		}
		String problem = (String) server;
		if ("true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("CI=true and " + problem);
		}
		Assumptions.abort(problem);
		return null;
	}

	private static Object locate(TestTarget target) {
		String prefix = "COVET_TEST_" + (target == TestTarget.POSTGRESQL ? "POSTGRES" : target.name());
		String defaultUrl = target == TestTarget.POSTGRESQL ? "jdbc:postgresql://127.0.0.1:5432/test?connectTimeout=5"
				: "jdbc:mariadb://127.0.0.1:3306/test?connectTimeout=5000";
		ServerConnection configured = new ServerConnection(env(prefix + "_URL", defaultUrl),
				env(prefix + "_USER", target == TestTarget.POSTGRESQL ? "postgres" : "root"), env(prefix + "_PASSWORD", ""));
		try (Connection connection = DriverManager.getConnection(configured.url(), configured.user(),
				configured.password())) {
			return configured;
		}
		catch (SQLException ex) {
			String problem = target.id().toUpperCase(Locale.ROOT) + " is unreachable at " + configured.url() + " ("
					+ ex.getMessage() + "); set " + prefix + "_URL or start the server";
			if (ContainerFallback.dockerAvailable()) {
				System.err.println("[covet-tests] " + problem + " -- starting a Testcontainers server instead");
				return ContainerFallback.start(target);
			}
			System.err.println("\n*** [covet-tests] " + problem + ". Its tests are SKIPPED (they fail when CI=true). ***\n");
			return problem;
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}
}
