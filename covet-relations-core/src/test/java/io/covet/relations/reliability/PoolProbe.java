package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;

import io.covet.relations.testing.TestDatabase;

/**
 * Looks into the test database's connection pool after a fault: no connection is still checked out (leaked), and
 * the session the server killed is not among the pooled connections.
 */
final class PoolProbe {

	private PoolProbe() {
	}

	static void assertNothingLeaked(TestDatabase db) {
		assertThat(pool(db).getHikariPoolMXBean().getActiveConnections()).as("connections still checked out").isZero();
	}

	/**
	 * Checks out every idle connection of the pool at once (nothing else is checked out) and asserts that none is the
	 * killed session.
	 */
	static void assertEvicted(TestDatabase db, long killedBackend) throws SQLException {
		HikariDataSource pool = pool(db);
		List<Connection> all = new ArrayList<>();
		List<Long> backends = new ArrayList<>();
		try {
			for (int i = pool.getHikariPoolMXBean().getIdleConnections(); i > 0; i--) {
				Connection connection = pool.getConnection();
				all.add(connection);
				backends.add(ServerFault.backendId(db, connection));
			}
		}
		finally {
			for (Connection connection : all) {
				connection.close();
			}
		}
		assertThat(backends).as("sessions in the pool").doesNotContain(killedBackend);
	}

	private static HikariDataSource pool(TestDatabase db) {
		return (HikariDataSource) db.dataSource();
	}
}
