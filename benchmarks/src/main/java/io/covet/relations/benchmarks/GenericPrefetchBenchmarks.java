package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.hibernate.Session;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;

import io.covet.relations.benchmarks.BenchModels.Author;
import io.covet.relations.benchmarks.BenchModels.Book;
import io.covet.relations.benchmarks.BenchModels.Comment;
import io.covet.relations.benchmarks.BenchModels.Publisher;
import io.covet.relations.benchmarks.HibernateModels.HAuthor;
import io.covet.relations.benchmarks.HibernateModels.HBook;
import io.covet.relations.benchmarks.HibernateModels.HComment;
import io.covet.relations.benchmarks.HibernateModels.HPublisher;
import io.covet.relations.contenttype.ContentTypes;
import io.covet.relations.relation.GenericRef;

/**
 * Workload 5: comments with the object each one is about (generic foreign key prefetch), 10,000 comments over three
 * content types (publishers, authors, books) by default. Covet takes 1 + K statements for K content types; the JDBC
 * and Hibernate columns do the same by hand: comments first, then one query per content type with the keys found.
 * Hibernate has no mapping for this shape ({@code @Any} wants discriminator values fixed at compile time, and the key
 * column is text), so its column groups the keys itself. Naive fetches each comment's object on its own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class GenericPrefetchBenchmarks {

	@Param({ "sqlite", "postgresql", "mariadb" })
	public String database;

	@Param({ "10000" })
	public int comments;

	private Fixture fixture;

	/** Content-type id → the target's table, and → its entity class: resolved once, as Covet caches its registry. */
	private final Map<Long, String> tables = new LinkedHashMap<>();

	private final Map<Long, Class<?>> entities = new LinkedHashMap<>();

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		this.fixture = new Fixture(this.database, List.of(Publisher.class, Author.class, Book.class, Comment.class),
				List.of(HPublisher.class, HAuthor.class, HBook.class, HComment.class));
		this.fixture.seedAuthors(1000, 10);
		List<List<?>> targets = List.of(this.fixture.covet.objects(Publisher.class).orderBy("id").list(),
				this.fixture.covet.objects(Author.class).orderBy("id").list(),
				this.fixture.covet.objects(Book.class).orderBy("id").list());
		List<Comment> created = new ArrayList<>();
		for (int i = 0; i < this.comments; i++) {
			List<?> ofType = targets.get(i % 3);
			Comment comment = new Comment();
			comment.text = "Comment " + i;
			comment.contentObject = GenericRef.to(ofType.get((i / 3) % ofType.size()));
			created.add(comment);
		}
		this.fixture.covet.repository(Comment.class).bulkCreate(created);
		this.fixture.analyze();
		ContentTypes contentTypes = this.fixture.covet.context().contentTypes();
		this.tables.put(contentTypes.idFor(Publisher.class), "publisher");
		this.tables.put(contentTypes.idFor(Author.class), "author");
		this.tables.put(contentTypes.idFor(Book.class), "book");
		this.entities.put(contentTypes.idFor(Publisher.class), HPublisher.class);
		this.entities.put(contentTypes.idFor(Author.class), HAuthor.class);
		this.entities.put(contentTypes.idFor(Book.class), HBook.class);
		new TrialCheck(params, "genericPrefetch").column("covet", this::genericPrefetchCovet)
			.column("jdbc", this::genericPrefetchJdbc)
			.column("hibernate", this::genericPrefetchHibernate)
			.column("naive", this::genericPrefetchNaive)
			.verify();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fixture.close();
	}

	private static long commentChecksum(long commentId, long targetId, String targetName) {
		return commentId * 31 + targetId * 7 + targetName.length();
	}

	private static long covetChecksum(Comment comment, Object target) {
		if (target instanceof Publisher publisher) {
			return commentChecksum(comment.id, publisher.id, publisher.name);
		}
		if (target instanceof Author author) {
			return commentChecksum(comment.id, author.id, author.name);
		}
		Book book = (Book) target;
		return commentChecksum(comment.id, book.id, book.title);
	}

	@Benchmark
	public long genericPrefetchCovet() {
		long checksum = 0;
		for (Comment comment : this.fixture.covet.objects(Comment.class).orderBy("id").prefetchRelated("contentObject").list()) {
			checksum += covetChecksum(comment, comment.contentObject.get());
		}
		return checksum;
	}

	@Benchmark
	public long genericPrefetchNaive() {
		long checksum = 0;
		for (Comment comment : this.fixture.covet.objects(Comment.class).orderBy("id").list()) {
			checksum += covetChecksum(comment, comment.contentObject.fetch());
		}
		return checksum;
	}

	record CommentRow(long id, String text, long contentType, long objectId) {
	}

	/** A publisher's or author's row, or a book's: {@code name} is the book's title, and its two foreign keys are set. */
	record TargetRow(long id, String name, long authorId, long publisherId) {
	}

	@Benchmark
	public long genericPrefetchJdbc() throws Exception {
		try (Connection connection = this.fixture.dataSource.getConnection()) {
			List<CommentRow> rows = new ArrayList<>();
			Map<Long, List<Long>> keysByType = new LinkedHashMap<>();
			try (PreparedStatement ps = connection
				.prepareStatement("SELECT id, text, content_type_id, object_id FROM comment ORDER BY id");
					ResultSet rs = ps.executeQuery()) {
				while (rs.next()) {
					CommentRow row = new CommentRow(rs.getLong(1), rs.getString(2), rs.getLong(3), Long.parseLong(rs.getString(4)));
					rows.add(row);
					keysByType.computeIfAbsent(row.contentType(), type -> new ArrayList<>()).add(row.objectId());
				}
			}
			Map<Long, Map<Long, TargetRow>> targets = new HashMap<>();
			for (Map.Entry<Long, List<Long>> type : keysByType.entrySet()) {
				String table = this.tables.get(type.getKey());
				boolean book = table.equals("book");
				Map<Long, TargetRow> byId = new HashMap<>();
				// The whole row, as Covet and Hibernate load it and the other workloads' floors map it.
				KeyLists.select(this.fixture, connection,
						(book ? "SELECT id, title, author_id, publisher_id FROM book" : "SELECT id, name FROM " + table) + " WHERE id",
						"", type.getValue().stream().distinct().toList(),
						rs -> byId.put(rs.getLong(1), new TargetRow(rs.getLong(1), rs.getString(2), book ? rs.getLong(3) : 0,
								book ? rs.getLong(4) : 0)));
				targets.put(type.getKey(), byId);
			}
			long checksum = 0;
			for (CommentRow row : rows) {
				TargetRow target = targets.get(row.contentType()).get(row.objectId());
				checksum += commentChecksum(row.id(), target.id(), target.name());
			}
			return checksum;
		}
	}

	@Benchmark
	public long genericPrefetchHibernate() {
		try (Session session = this.fixture.hibernate.openSession()) {
			session.setDefaultReadOnly(true);
			List<HComment> loaded = session.createSelectionQuery("select c from HComment c order by c.id", HComment.class)
				.setReadOnly(true)
				.getResultList();
			Map<Long, List<Long>> keysByType = new LinkedHashMap<>();
			for (HComment comment : loaded) {
				keysByType.computeIfAbsent(comment.contentTypeId, type -> new ArrayList<>()).add(Long.parseLong(comment.objectId));
			}
			Map<Long, Map<Long, Object>> targets = new HashMap<>();
			for (Map.Entry<Long, List<Long>> type : keysByType.entrySet()) {
				Class<?> entity = this.entities.get(type.getKey());
				Map<Long, Object> byId = new HashMap<>();
				for (Object target : session
					.createSelectionQuery("select e from " + entity.getSimpleName() + " e where e.id in :ids", entity)
					.setParameter("ids", type.getValue().stream().distinct().toList())
					.setReadOnly(true)
					.getResultList()) {
					byId.put(hibernateId(target), target);
				}
				targets.put(type.getKey(), byId);
			}
			long checksum = 0;
			for (HComment comment : loaded) {
				Object target = targets.get(comment.contentTypeId).get(Long.parseLong(comment.objectId));
				if (target instanceof HPublisher publisher) {
					checksum += commentChecksum(comment.id, publisher.id, publisher.name);
				}
				else if (target instanceof HAuthor author) {
					checksum += commentChecksum(comment.id, author.id, author.name);
				}
				else {
					HBook book = (HBook) target;
					checksum += commentChecksum(comment.id, book.id, book.title);
				}
			}
			return checksum;
		}
	}

	private static long hibernateId(Object target) {
		if (target instanceof HPublisher publisher) {
			return publisher.id;
		}
		return (target instanceof HAuthor author) ? author.id : ((HBook) target).id;
	}
}
