package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.covet.relations.CovetRelations;
import io.covet.relations.benchmarks.BenchModels.Author;
import io.covet.relations.benchmarks.BenchModels.Book;
import io.covet.relations.benchmarks.BenchModels.Publisher;
import io.covet.relations.benchmarks.HibernateModels.HAuthor;
import io.covet.relations.benchmarks.HibernateModels.HBook;
import io.covet.relations.benchmarks.HibernateModels.HPublisher;
import io.covet.relations.relation.Ref;

/**
 * One database prepared for a trial: a pooled DataSource (counted), the schema created afresh by the benchmark's
 * Flyway script (so every column reads the same tables and indexes), Covet and a Hibernate SessionFactory on the same DataSource. Each
 * workload seeds its own deterministic data, derived from row indices only.
 */
final class Fixture implements AutoCloseable {

	final String database;

	final HikariDataSource pool;

	final DataSource dataSource;

	final CovetRelations covet;

	final SessionFactory hibernate;

	/** The authors-and-books fixture of workloads 1, 2, 8 and 9, seeded with {@code authors × booksPerAuthor} books. */
	Fixture(String database, int authors, int booksPerAuthor) throws Exception {
		this(database, List.of(Publisher.class, Author.class, Book.class), List.of(HPublisher.class, HAuthor.class, HBook.class));
		seedAuthors(authors, booksPerAuthor);
		analyze();
	}

	/**
	 * Empty tables, created by the benchmark's Flyway script ({@link BenchSchema}), Covet with the given models and a
	 * SessionFactory mapping the given entities onto the same tables.
	 */
	Fixture(String database, List<Class<?>> models, List<Class<?>> entities) throws Exception {
		this.database = database;
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url(database));
		config.setUsername(database.equals("postgresql") ? "postgres" : database.equals("mariadb") ? "root" : "");
		config.setMaximumPoolSize(4);
		this.pool = new HikariDataSource(config);
		this.dataSource = CountingDataSource.wrap(this.pool);
		this.covet = CovetRelations.builder(this.dataSource).models(models).logStatements(false).build();
		Flyway flyway = Flyway.configure()
			.dataSource(this.pool)
			.locations("classpath:" + BenchSchema.location(database))
			.cleanDisabled(false)
			.load();
		if (database.equals("sqlite")) {
			// Flyway's clean leaves SQLite's tables in place; drop them so the script starts from nothing.
			dropSqliteTables();
		}
		else {
			flyway.clean();
		}
		flyway.migrate();
		Configuration hibernate = new Configuration();
		entities.forEach(hibernate::addAnnotatedClass);
		Properties settings = new Properties();
		settings.put("hibernate.connection.datasource", this.dataSource);
		settings.put("hibernate.default_batch_fetch_size", "16");
		settings.put("hibernate.jdbc.batch_size", "50");
		settings.put("hibernate.order_inserts", "true");
		settings.put("hibernate.order_updates", "true");
		settings.put("hibernate.show_sql", "false");
		if (database.equals("sqlite")) {
			settings.put("hibernate.dialect", "org.hibernate.community.dialect.SQLiteDialect");
		}
		hibernate.addProperties(settings);
		this.hibernate = hibernate.buildSessionFactory();
	}

	private void dropSqliteTables() throws SQLException {
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = statement.executeQuery(
					"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")) {
				while (rs.next()) {
					tables.add(rs.getString(1));
				}
			}
			statement.execute("PRAGMA foreign_keys = OFF");
			for (String table : tables) {
				// Names from the catalogue of the benchmark's own file, never from input.
				statement.execute("DROP TABLE \"" + table + "\"");
			}
			statement.execute("PRAGMA foreign_keys = ON");
		}
	}

	/** Whether key lists are bound as one array ({@code = ANY(?)}) rather than chunked IN-lists. */
	boolean postgres() {
		return this.database.equals("postgresql");
	}

	/** Ten publishers, {@code authors} authors and {@code booksPerAuthor} books each, all named after their index. */
	void seedAuthors(int authors, int booksPerAuthor) {
		List<Publisher> publishers = new ArrayList<>();
		for (int i = 0; i < 10; i++) {
			Publisher publisher = new Publisher();
			publisher.name = "Publisher " + i;
			publishers.add(publisher);
		}
		this.covet.repository(Publisher.class).bulkCreate(publishers);
		List<Author> created = new ArrayList<>();
		for (int i = 0; i < authors; i++) {
			Author author = new Author();
			author.name = "Author " + i;
			created.add(author);
		}
		this.covet.repository(Author.class).bulkCreate(created);
		List<Book> books = new ArrayList<>();
		for (int a = 0; a < authors; a++) {
			for (int b = 0; b < booksPerAuthor; b++) {
				Book book = new Book();
				book.title = "Book " + a + "/" + b;
				book.author = Ref.to(created.get(a));
				book.publisher = Ref.to(publishers.get((a + b) % publishers.size()));
				books.add(book);
			}
		}
		this.covet.repository(Book.class).bulkCreate(books);
	}

	/** Untimed seeding: inserts rows of keys with JDBC batches in one transaction. */
	void insertRows(String sql, List<long[]> rows) throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			try (PreparedStatement ps = connection.prepareStatement(sql)) {
				int pending = 0;
				for (long[] row : rows) {
					for (int i = 0; i < row.length; i++) {
						ps.setLong(i + 1, row[i]);
					}
					ps.addBatch();
					if (++pending == 1000) {
						ps.executeBatch();
						pending = 0;
					}
				}
				ps.executeBatch();
			}
			connection.commit();
		}
	}

	/** Untimed: runs statements that change data (re-seeding), in one transaction. */
	void execute(String... statements) throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(false);
			for (String sql : statements) {
				statement.executeUpdate(sql);
			}
			connection.commit();
		}
	}

	/**
	 * Untimed, after seeding: refreshes the planner's statistics of this fixture's tables, as PostgreSQL's
	 * autovacuum and InnoDB's automatic statistics would in a deployment. Without it PostgreSQL plans on the sizes it
	 * saw when the tables were empty (a recursive walk of 100,000 rows then runs as 100,000 index probes), which
	 * would measure the planner, not the columns. SQLite gathers statistics only when asked, so it is left as a
	 * default installation runs: with them, its planner answers a join filtered by a long IN-list by scanning the
	 * joined table and probing the list (25 times slower for every column here).
	 */
	void analyze() throws SQLException {
		try (Connection connection = this.dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String name : tables(statement)) {
				// Names come from the catalogue of this fixture's own schema, never from input.
				statement.execute((this.database.equals("mariadb") ? "ANALYZE TABLE `" + name + "`" : "ANALYZE \"" + name + "\""));
			}
		}
	}

	/**
	 * Untimed, before a measured operation that writes: lets MariaDB finish the background work the seeding left.
	 * {@code SET GLOBAL innodb_max_purge_lag_wait = 0} returns once InnoDB has purged the rows the previous operation
	 * and the seeding deleted, and {@code FLUSH TABLES ... FOR EXPORT} once it has written the fixture's changed
	 * pages to disk. Left to itself, InnoDB does both over seconds (about 2,000 pages over four seconds after seeding
	 * 10,000 books and their 50,000 pairs), and a delete timed meanwhile shares the two cores and the disk with it: the
	 * same delete measured 150 ms or 300 ms by that alone. Other databases return at once.
	 */
	void settle() throws SQLException {
		if (!this.database.equals("mariadb")) {
			return;
		}
		try (Connection connection = this.pool.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET GLOBAL innodb_max_purge_lag_wait = 0");
			List<String> tables = tables(statement);
			if (!tables.isEmpty()) {
				// Names come from the catalogue of this fixture's own schema, never from input.
				statement.execute("FLUSH TABLES `" + String.join("`, `", tables) + "` FOR EXPORT");
				statement.execute("UNLOCK TABLES");
			}
		}
	}

	/** This fixture's tables on PostgreSQL and MariaDB, from the catalogue of its own schema; none on SQLite. */
	private List<String> tables(Statement statement) throws SQLException {
		String query = switch (this.database) {
			case "postgresql" -> "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()";
			case "mariadb" -> "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
					+ " AND table_type = 'BASE TABLE'";
			default -> null;
		};
		List<String> names = new ArrayList<>();
		if (query != null) {
			try (ResultSet rs = statement.executeQuery(query)) {
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
		}
		return names;
	}

	/** A checksum of a query's rows, independent of their order: every row's long columns mixed and summed. */
	long checksum(String sql) throws SQLException {
		try (Connection connection = this.dataSource.getConnection();
				PreparedStatement ps = connection.prepareStatement(sql);
				ResultSet rs = ps.executeQuery()) {
			int columns = rs.getMetaData().getColumnCount();
			long checksum = 0;
			while (rs.next()) {
				long row = 17;
				for (int i = 1; i <= columns; i++) {
					row = row * 1_000_003 + rs.getLong(i);
				}
				checksum += row;
			}
			return checksum;
		}
	}

	static String url(String database) throws Exception {
		String fromEnvironment = System.getenv("COVET_BENCH_" + database.toUpperCase(java.util.Locale.ROOT) + "_URL");
		if (fromEnvironment != null) {
			return fromEnvironment;
		}
		String schema = schema();
		return switch (database) {
			case "sqlite" -> "jdbc:sqlite:" + java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), schema + ".db")
					+ "?foreign_keys=true&journal_mode=WAL&transaction_mode=IMMEDIATE";
			case "postgresql" -> {
				try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
						Statement statement = connection.createStatement()) {
					statement.execute("CREATE SCHEMA IF NOT EXISTS " + schema);
				}
				yield "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema;
			}
			case "mariadb" -> {
				try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
						Statement statement = connection.createStatement()) {
					statement.execute("CREATE DATABASE IF NOT EXISTS " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
				}
				yield "jdbc:mariadb://127.0.0.1:3306/" + schema;
			}
			default -> throw new IllegalArgumentException("Unknown database " + database);
		};
	}

	/**
	 * {@code covet_bench}, or {@code covet_<namespace>_bench} with {@code COVET_TEST_NAMESPACE}, so that a benchmark
	 * smoke run and another checkout's run on the same servers keep to their own tables.
	 */
	private static String schema() {
		String namespace = System.getenv().getOrDefault("COVET_TEST_NAMESPACE", "")
			.replaceAll("[^A-Za-z0-9]", "")
			.toLowerCase(java.util.Locale.ROOT);
		return namespace.isEmpty() ? "covet_bench" : "covet_" + namespace + "_bench";
	}

	@Override
	public void close() {
		this.hibernate.close();
		this.pool.close();
	}
}
