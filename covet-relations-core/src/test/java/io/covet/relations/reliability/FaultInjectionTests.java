package io.covet.relations.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.observation.StatementListener;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;
import io.covet.relations.testmodels.Author;
import io.covet.relations.testmodels.Book;
import io.covet.relations.testmodels.Profile;
import io.covet.relations.testmodels.Publisher;
import io.covet.relations.testmodels.Review;

/**
 * Faults in the middle of multi-statement operations: the connection killed by the server after the n-th statement
 * of a cascading delete (PostgreSQL {@code pg_terminate_backend}, MariaDB {@code KILL CONNECTION}), a MariaDB
 * lock-wait timeout (which aborts only the statement and leaves the transaction open: the library must roll back,
 * never commit), and a busy second writer on SQLite. Every time: a Spring data-access or transaction exception, no
 * partial state, and the next call works (the broken connection is not reused).
 */
@Models({ Publisher.class, Author.class, Book.class, Review.class, Profile.class })
class FaultInjectionTests {

	private static void data(TestDatabase db) {
		List<Author> authors = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			authors.add(new Author("A" + i));
		}
		db.repo(Author.class).bulkCreate(authors);
		List<Book> books = new ArrayList<>();
		for (Author author : authors) {
			for (int b = 0; b < 5; b++) {
				books.add(new Book("B" + b, author, b));
			}
		}
		db.repo(Book.class).bulkCreate(books);
		List<Review> reviews = new ArrayList<>();
		for (Book book : books) {
			reviews.add(new Review(book, 3, "r"));
		}
		db.repo(Review.class).bulkCreate(reviews);
	}

	private static Map<String, Long> snapshot(TestDatabase db) {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (ModelMeta<?> model : db.relations().registry().models()) {
			counts.put(model.name(), db.jdbc().queryForObject("SELECT COUNT(*) FROM " + db.dialect().quote(model.table()),
					Long.class));
		}
		return counts;
	}

	@DatabaseTest
	void aConnectionKilledMidCascadeLeavesNoPartialState(TestDatabase db) throws Exception {
		if (db.is(TestTarget.SQLITE)) {
			return; // an embedded database has no server to kill the connection; see the busy-writer test
		}
		data(db);
		Map<String, Long> before = snapshot(db);
		for (int killAfter = 1; killAfter <= 4; killAfter++) {
			AtomicInteger seen = new AtomicInteger();
			long[] backend = new long[1];
			int threshold = killAfter;
			StatementListener killer = event -> {
				if (seen.incrementAndGet() == threshold) {
					kill(db, backend[0]);
				}
			};
			CovetRelations relations = db.build(builder -> builder.statementListener(killer)
				.transactionManager(new JdbcTransactionManager(db.dataSource())));
			TransactionTemplate transaction = new TransactionTemplate(new JdbcTransactionManager(db.dataSource()));
			assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
				backend[0] = db.jdbc().queryForObject(db.is(TestTarget.POSTGRESQL) ? "SELECT pg_backend_pid()"
						: "SELECT CONNECTION_ID()", Long.class);
				seen.set(0);
				relations.objects(Author.class).filter("name__startswith", "A").delete();
			})).isInstanceOfAny(DataAccessException.class, TransactionException.class);
			assertThat(snapshot(db)).as("after a kill at statement %d", killAfter).isEqualTo(before);
		}
		assertThat(db.repo(Author.class).filter("name", "A1").delete().total()).isEqualTo(11);
	}

	private static void kill(TestDatabase db, long backend) {
		String sql = db.is(TestTarget.POSTGRESQL) ? "SELECT pg_terminate_backend(" + backend + ")"
				: "KILL CONNECTION " + backend;
		try (Connection connection = DriverManager.getConnection(url(db), user(db), "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String url(TestDatabase db) {
		return ((com.zaxxer.hikari.HikariDataSource) db.dataSource()).getJdbcUrl();
	}

	private static String user(TestDatabase db) {
		return ((com.zaxxer.hikari.HikariDataSource) db.dataSource()).getUsername();
	}

	@DatabaseTest
	void aLockWaitTimeoutRollsBackInsteadOfCommittingTheRest(TestDatabase db) throws Exception {
		if (!db.is(TestTarget.MARIADB)) {
			return; // MariaDB aborts only the statement on a lock-wait timeout, the trap this test is about
		}
		data(db);
		Map<String, Long> before = snapshot(db);
		Author victim = db.<Author, Long>repo(Author.class).get("name", "A3");
		try (Connection blocker = DriverManager.getConnection(url(db), user(db), "")) {
			blocker.setAutoCommit(false);
			try (Statement statement = blocker.createStatement()) {
				// Hold a lock on one review, which the cascade wants to delete after it has deleted others.
				statement.execute("SELECT * FROM `review` WHERE `book_id` IN (SELECT `id` FROM `book` WHERE `author_id` = "
						+ victim.getId() + ") FOR UPDATE");
			}
			DriverManagerDataSource impatient = new DriverManagerDataSource(url(db) + (url(db).contains("?") ? "&" : "?")
					+ "sessionVariables=innodb_lock_wait_timeout=1", user(db), "");
			CovetRelations relations = CovetRelations.builder(impatient)
				.models(Publisher.class, Author.class, Book.class, Review.class, Profile.class)
				.build();
			assertThatThrownBy(() -> relations.objects(Author.class).filter("name__startswith", "A").delete())
				.isInstanceOfAny(DataAccessException.class, TransactionException.class);
			blocker.rollback();
		}
		assertThat(snapshot(db)).isEqualTo(before);
	}

	@DatabaseTest
	void aBusySecondWriterOnSqliteRollsBackWhole(TestDatabase db) throws Exception {
		if (!db.is(TestTarget.SQLITE)) {
			return;
		}
		data(db);
		Map<String, Long> before = snapshot(db);
		String url = url(db).replace("busy_timeout=10000", "busy_timeout=200");
		try (Connection writer = DriverManager.getConnection(url(db))) {
			writer.setAutoCommit(false);
			try (Statement statement = writer.createStatement()) {
				statement.execute("UPDATE \"author\" SET \"age\" = 1");
			}
			CovetRelations relations = CovetRelations.builder(new DriverManagerDataSource(url))
				.models(Publisher.class, Author.class, Book.class, Review.class, Profile.class)
				.build();
			assertThatThrownBy(() -> relations.objects(Author.class).filter("name__startswith", "A").delete())
				.isInstanceOfAny(DataAccessException.class, TransactionException.class);
			writer.rollback();
		}
		assertThat(snapshot(db)).isEqualTo(before);
		assertThat(db.repo(Author.class).filter("name", "A2").delete().total()).isEqualTo(11);
	}
}
