package io.covet.relations.sample;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Gives the blog tests a fresh schema (PostgreSQL) or database (MariaDB) on the local servers, or on those named by
 * {@code COVET_TEST_POSTGRES_URL} / {@code COVET_TEST_MARIADB_URL}.
 */
final class SampleDatabases {

	private SampleDatabases() {
	}

	static String postgres(String name) {
		String schema = namespaced(name);
		String url = env("COVET_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
		run(url, env("COVET_TEST_POSTGRES_USER", "postgres"), env("COVET_TEST_POSTGRES_PASSWORD", ""),
				"DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE", "CREATE SCHEMA \"" + schema + "\"");
		return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	static String mariaDb(String name) {
		String database = namespaced(name);
		String url = env("COVET_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
		run(url, env("COVET_TEST_MARIADB_USER", "root"), env("COVET_TEST_MARIADB_PASSWORD", ""),
				"DROP DATABASE IF EXISTS `" + database + "`",
				"CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
		int query = url.indexOf('?');
		String base = query < 0 ? url : url.substring(0, query);
		return base.substring(0, base.lastIndexOf('/') + 1) + database + (query < 0 ? "" : url.substring(query));
	}

	/** {@code name}, prefixed with {@code COVET_TEST_NAMESPACE} when set (two checkouts sharing one server). */
	private static String namespaced(String name) {
		String namespace = env("COVET_TEST_NAMESPACE", "").replaceAll("[^A-Za-z0-9]", "").toLowerCase(java.util.Locale.ROOT);
		return namespace.isEmpty() ? name : namespace + "_" + name;
	}

	static String user(String prefix, String fallback) {
		return env(prefix + "_USER", fallback);
	}

	static String password(String prefix) {
		return env(prefix + "_PASSWORD", "");
	}

	private static void run(String url, String user, String password, String... statements) {
		try (Connection connection = DriverManager.getConnection(url, user, password);
				Statement statement = connection.createStatement()) {
			for (String sql : statements) {
				statement.execute(sql);
			}
		}
		catch (SQLException ex) {
			throw new IllegalStateException("Database for the sample tests is unreachable at " + url, ex);
		}
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return (value == null || value.isBlank()) ? fallback : value;
	}
}
