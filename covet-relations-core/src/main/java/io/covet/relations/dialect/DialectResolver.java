package io.covet.relations.dialect;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

import javax.sql.DataSource;

import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.jdbc.datasource.DataSourceUtils;

import io.covet.relations.exception.NoDialectException;

/** Picks the dialect for a {@code DataSource} from its product name and version, or from a configured name. */
public final class DialectResolver {

	private DialectResolver() {
	}

	/**
	 * Detects the dialect and checks one connection is set up as the dialect needs.
	 * @throws NoDialectException for an unsupported database or a misconfigured connection
	 */
	public static Dialect resolve(DataSource dataSource) {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			DatabaseMetaData meta = connection.getMetaData();
			Dialect dialect = forProduct(meta.getDatabaseProductName(), meta.getDatabaseProductVersion(),
					meta.getDatabaseMajorVersion(), meta.getDatabaseMinorVersion());
			dialect.verifyConnection(connection);
			return dialect;
		}
		catch (SQLException ex) {
			throw new CannotGetJdbcConnectionException("Could not read database metadata to choose a dialect", ex);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/** The dialect for a product name as reported by JDBC metadata. */
	public static Dialect forProduct(String productName, String productVersion, int major, int minor) {
		String product = productName == null ? "" : productName.toLowerCase(Locale.ROOT);
		String version = productVersion == null ? "" : productVersion;
		if (product.contains("postgresql")) {
			return new PostgresDialect();
		}
		if (product.contains("mariadb") || version.toLowerCase(Locale.ROOT).contains("mariadb")) {
			int[] mariaVersion = mariaDbVersion(version, major, minor);
			return new MariaDbDialect(true, mariaVersion[0], mariaVersion[1]);
		}
		if (product.contains("mysql")) {
			return new MariaDbDialect(false, major, minor);
		}
		if (product.contains("sqlite")) {
			return new SqliteDialect(major, minor);
		}
		throw new NoDialectException(productName, version);
	}

	/** The dialect for a configured name: {@code postgresql}, {@code mariadb}, {@code mysql} or {@code sqlite}. */
	public static Dialect forName(String name) {
		return switch (name.toLowerCase(Locale.ROOT)) {
			case "postgresql", "postgres" -> new PostgresDialect();
			case "mariadb" -> new MariaDbDialect();
			case "mysql" -> new MariaDbDialect(false, 8, 0);
			case "sqlite" -> new SqliteDialect();
			default -> throw new NoDialectException("Unknown dialect name '" + name
					+ "'; use one of postgresql, mariadb, mysql, sqlite");
		};
	}

	/** MySQL drivers talking to MariaDB report versions such as {@code 5.5.5-10.11.6-MariaDB}. */
	private static int[] mariaDbVersion(String version, int major, int minor) {
		String v = version.startsWith("5.5.5-") ? version.substring(6) : version;
		String[] parts = v.split("[.-]");
		try {
			return new int[] { Integer.parseInt(parts[0]), Integer.parseInt(parts[1]) };
		}
		catch (RuntimeException ex) {
			return new int[] { major, minor };
		}
	}
}
