package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.sql.DataSource;

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
 * One database prepared for a trial: a pooled DataSource (counted), the schema created from Covet's metadata (so
 * every column reads the same tables and indexes), Covet and a Hibernate SessionFactory on the same DataSource. Each
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
	}

	/** Empty tables for the given Covet models, and a SessionFactory mapping the given entities onto them. */
	Fixture(String database, List<Class<?>> models, List<Class<?>> entities) throws Exception {
		this.database = database;
		HikariConfig config = new HikariConfig();
		config.setJdbcUrl(url(database));
		config.setUsername(database.equals("postgresql") ? "postgres" : database.equals("mariadb") ? "root" : "");
		config.setMaximumPoolSize(4);
		this.pool = new HikariDataSource(config);
		this.dataSource = CountingDataSource.wrap(this.pool);
		this.covet = CovetRelations.builder(this.dataSource).models(models).logStatements(false).build();
		this.covet.schema().dropTables();
		this.covet.schema().createTables();
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

	static String url(String database) throws Exception {
		String fromEnvironment = System.getenv("COVET_BENCH_" + database.toUpperCase(java.util.Locale.ROOT) + "_URL");
		if (fromEnvironment != null) {
			return fromEnvironment;
		}
		return switch (database) {
			case "sqlite" -> "jdbc:sqlite:" + java.nio.file.Path.of(System.getProperty("java.io.tmpdir"), "covet-bench.db")
					+ "?foreign_keys=true&journal_mode=WAL&transaction_mode=IMMEDIATE";
			case "postgresql" -> {
				try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
						Statement statement = connection.createStatement()) {
					statement.execute("CREATE SCHEMA IF NOT EXISTS covet_bench");
				}
				yield "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=covet_bench";
			}
			case "mariadb" -> {
				try (Connection connection = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:3306/test", "root", "");
						Statement statement = connection.createStatement()) {
					statement.execute("CREATE DATABASE IF NOT EXISTS covet_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
				}
				yield "jdbc:mariadb://127.0.0.1:3306/covet_bench";
			}
			default -> throw new IllegalArgumentException("Unknown database " + database);
		};
	}

	@Override
	public void close() {
		this.hibernate.close();
		this.pool.close();
	}
}
