package io.covet.relations.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.mariadb.MariaDBContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * Starts a throw-away server with Testcontainers when no configured server answers and Docker is available. Only
 * loaded in that case, so machines without Docker never touch Testcontainers.
 */
final class ContainerFallback {

	private ContainerFallback() {
	}

	static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (Throwable ex) {
			return false;
		}
	}

	@SuppressWarnings("resource")
	static ServerConnection start(TestTarget target) {
		return switch (target) {
			case POSTGRESQL -> {
				PostgreSQLContainer container = new PostgreSQLContainer("postgres:16-alpine");
				container.start();
				yield new ServerConnection(container.getJdbcUrl(), container.getUsername(), container.getPassword());
			}
			case MARIADB -> {
				MariaDBContainer container = new MariaDBContainer("mariadb:11").withUsername("root").withPassword("");
				container.start();
				yield new ServerConnection(container.getJdbcUrl(), "root", "");
			}
			case SQLITE -> throw new IllegalArgumentException("SQLite needs no server");
		};
	}
}
