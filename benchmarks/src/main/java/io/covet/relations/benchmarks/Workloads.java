package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.Session;

import io.covet.relations.benchmarks.BenchModels.Author;
import io.covet.relations.benchmarks.BenchModels.Book;
import io.covet.relations.benchmarks.HibernateModels.HAuthor;
import io.covet.relations.benchmarks.HibernateModels.HBook;

/**
 * Each workload in each column. Every method returns a checksum of the object graph it built, so that the trial can
 * check all columns loaded the same data and the JIT cannot skip the work.
 */
final class Workloads {

	private Workloads() {
	}

	// ---- workload 1 and 9: authors with their books --------------------------------------------------------

	static long prefetchCovet(Fixture fixture) {
		long checksum = 0;
		for (Author author : fixture.covet.objects(Author.class).orderBy("id").prefetchRelated("books").list()) {
			checksum += authorChecksum(author.id, author.books.all().size());
			for (Book book : author.books.all()) {
				checksum += book.id + book.title.length();
			}
		}
		return checksum;
	}

	static long prefetchNaive(Fixture fixture) {
		long checksum = 0;
		for (Author author : fixture.covet.objects(Author.class).orderBy("id").list()) {
			List<Book> books = author.books.all();
			checksum += authorChecksum(author.id, books.size());
			for (Book book : books) {
				checksum += book.id + book.title.length();
			}
		}
		return checksum;
	}

	/** Plain objects the hand-written JDBC column builds, as a RowMapper would. */
	record AuthorRow(long id, String name, List<BookRow> books) {
	}

	/** A book row; {@code publisher} is {@code null} where only the key was read, as in a prefetch of books. */
	record BookRow(long id, String title, AuthorRow author, long publisherId, PublisherRow publisher) {
	}

	record PublisherRow(long id, String name) {
	}

	static long prefetchJdbc(Fixture fixture) throws SQLException {
		try (Connection connection = fixture.dataSource.getConnection()) {
			List<AuthorRow> authors = new ArrayList<>();
			Map<Long, AuthorRow> byId = new HashMap<>();
			try (PreparedStatement ps = connection.prepareStatement("SELECT id, name FROM author ORDER BY id");
					ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					AuthorRow author = new AuthorRow(rs.getLong(1), rs.getString(2), new ArrayList<>());
					authors.add(author);
					byId.put(author.id(), author);
				}
			}
			List<Long> keys = authors.stream().map(AuthorRow::id).toList();
			// The whole row, as a RowMapper of book would map it: Covet's Book holds its publisher's key too.
			String books = "SELECT id, title, author_id, publisher_id FROM book WHERE author_id";
			KeyLists.select(fixture, connection, books, "", keys, rs -> {
				AuthorRow author = byId.get(rs.getLong(3));
				author.books().add(new BookRow(rs.getLong(1), rs.getString(2), author, rs.getLong(4), null));
			});
			long checksum = 0;
			for (AuthorRow author : authors) {
				checksum += authorChecksum(author.id(), author.books().size());
				for (BookRow book : author.books()) {
					checksum += book.id() + book.title().length();
				}
			}
			return checksum;
		}
	}

	static long prefetchHibernate(Fixture fixture) {
		try (Session session = fixture.hibernate.openSession()) {
			session.setDefaultReadOnly(true);
			List<HAuthor> authors = session
				.createSelectionQuery("select a from HAuthor a left join fetch a.books order by a.id", HAuthor.class)
				.setReadOnly(true)
				.getResultList();
			long checksum = 0;
			for (HAuthor author : authors) {
				checksum += authorChecksum(author.id, author.books.size());
				for (HBook book : author.books) {
					checksum += book.id + book.title.length();
				}
			}
			return checksum;
		}
	}

	/** Hibernate's default: the authors alone, each author's books loaded on first access, 16 authors per statement. */
	static long prefetchHibernateLazy(Fixture fixture) {
		try (Session session = fixture.hibernate.openSession()) {
			long checksum = 0;
			for (HAuthor author : session.createSelectionQuery("from HAuthor a order by a.id", HAuthor.class).getResultList()) {
				checksum += authorChecksum(author.id, author.books.size());
				for (HBook book : author.books) {
					checksum += book.id + book.title.length();
				}
			}
			return checksum;
		}
	}

	private static long authorChecksum(long id, int books) {
		return id * 31 + books;
	}

	// ---- workload 2: books with author and publisher --------------------------------------------------------

	static long selectRelatedCovet(Fixture fixture) {
		long checksum = 0;
		for (Book book : fixture.covet.objects(Book.class).selectRelated("author", "publisher").list()) {
			checksum += book.id + book.author.get().name.length() * 7L + book.publisher.get().name.length() * 13L;
		}
		return checksum;
	}

	static long selectRelatedJdbc(Fixture fixture) throws SQLException {
		try (Connection connection = fixture.dataSource.getConnection();
				PreparedStatement ps = connection.prepareStatement(
						"SELECT b.id, b.title, a.id, a.name, p.id, p.name FROM book b JOIN author a ON a.id = b.author_id"
								+ " JOIN publisher p ON p.id = b.publisher_id");
				ResultSet rs = ps.executeQuery()) {
			List<BookRow> books = new ArrayList<>();
			// An author or publisher that comes back on many rows is built once, as Covet does.
			Map<Long, AuthorRow> authors = new HashMap<>();
			Map<Long, PublisherRow> publishers = new HashMap<>();
			while (rs.next()) {
				long authorId = rs.getLong(3);
				AuthorRow author = authors.get(authorId);
				if (author == null) {
					author = new AuthorRow(authorId, rs.getString(4), List.of());
					authors.put(authorId, author);
				}
				long publisherId = rs.getLong(5);
				PublisherRow publisher = publishers.get(publisherId);
				if (publisher == null) {
					publisher = new PublisherRow(publisherId, rs.getString(6));
					publishers.put(publisherId, publisher);
				}
				books.add(new BookRow(rs.getLong(1), rs.getString(2), author, publisherId, publisher));
			}
			long checksum = 0;
			for (BookRow book : books) {
				checksum += book.id() + book.author().name().length() * 7L + book.publisher().name().length() * 13L;
			}
			return checksum;
		}
	}

	static long selectRelatedHibernate(Fixture fixture) {
		try (Session session = fixture.hibernate.openSession()) {
			session.setDefaultReadOnly(true);
			long checksum = 0;
			for (HBook book : session
				.createSelectionQuery("select b from HBook b join fetch b.author join fetch b.publisher", HBook.class)
				.setReadOnly(true)
				.getResultList()) {
				checksum += book.id + book.author.name.length() * 7L + book.publisher.name.length() * 13L;
			}
			return checksum;
		}
	}

	/** Hibernate's default: the books alone, authors and publishers loaded on first access, 16 keys per statement. */
	static long selectRelatedHibernateLazy(Fixture fixture) {
		try (Session session = fixture.hibernate.openSession()) {
			long checksum = 0;
			for (HBook book : session.createSelectionQuery("from HBook b", HBook.class).getResultList()) {
				checksum += book.id + book.author.getName().length() * 7L + book.publisher.getName().length() * 13L;
			}
			return checksum;
		}
	}
}
