package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;

import org.hibernate.Session;
import org.hibernate.Transaction;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

import io.covet.relations.benchmarks.BenchModels.CascadeAuthor;
import io.covet.relations.benchmarks.BenchModels.CascadeBook;
import io.covet.relations.benchmarks.BenchModels.CascadeTag;
import io.covet.relations.benchmarks.HibernateModels.HCascadeAuthor;
import io.covet.relations.benchmarks.HibernateModels.HCascadeBook;
import io.covet.relations.benchmarks.HibernateModels.HCascadeTag;
import io.covet.relations.benchmarks.HibernateModels.HOnDeleteAuthor;
import io.covet.relations.benchmarks.HibernateModels.HOnDeleteBook;

/**
 * Workload 6: cascading delete of authors, their books and the books' tag pairs (5 per book), in four shapes
 * {@code <authors deleted>x<books>}: one author with 1,000, 10,000 or 100,000 books (500,000 pairs), which shows the
 * statement count does not grow with the rows, and 1,000 authors with 10,000 books at once. Single-shot: each
 * measured delete runs on freshly seeded rows (untimed), and a kept author with 10 books must survive it.
 * <p>
 * Columns: Covet's deletion collector; JDBC's three set-based DELETEs; Hibernate's {@code CascadeType.REMOVE} from
 * the authors (loaded with their books) to the books, which drop their own tag pairs; and, as the database-side
 * reference, Hibernate removing the authors of entities mapped with {@code @OnDelete}, leaving the rest to the
 * foreign keys' {@code ON DELETE CASCADE}. The tables carry those clauses for every column ({@link BenchSchema}; the
 * other columns delete children first, so the database finds nothing left to cascade).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class CascadeDeleteBenchmarks {

	@Param({ "sqlite", "postgresql", "mariadb" })
	public String database;

	/** Authors deleted {@code x} books they hold between them. */
	@Param({ "1x1000", "1x10000", "1x100000", "1000x10000" })
	public String shape;

	/** The default shapes, as the {@code shape} parameter lists them. */
	static final String[] SHAPES = shapes();

	/**
	 * Books the warm-up operations of a shape delete between them. A single warm-up leaves a 1,000-book delete
	 * running partly interpreted: on PostgreSQL it measured 20 ms after one warm-up and 12.7 ms after thirty, against
	 * a floor of 10.5 ms, so one warm-up timed the JIT rather than the delete. The timed workloads run warm; this
	 * makes the cascade comparable with them, for every column alike.
	 */
	static final int WARM_UP_BOOKS = 50_000;

	@Param({ "5" })
	public int tagsPerBook;

	private static final int TAGS = 50;

	/** Books of the kept author, which every delete must leave. */
	private static final int KEPT_BOOKS = 10;

	private Fixture fixture;

	private int deletedAuthors;

	private int books;

	private List<Long> doomed;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		this.deletedAuthors = Integer.parseInt(this.shape.split("x")[0]);
		this.books = books(this.shape);
		this.fixture = new Fixture(this.database, List.of(CascadeAuthor.class, CascadeBook.class, CascadeTag.class),
				List.of(HCascadeAuthor.class, HCascadeBook.class, HCascadeTag.class, HOnDeleteAuthor.class,
						HOnDeleteBook.class));
		this.fixture.execute("INSERT INTO c_tag (id, name) SELECT n + 1, CONCAT('Tag ', n) FROM " + numbers(TAGS) + " s");
		this.doomed = LongStream.rangeClosed(2, this.deletedAuthors + 1).boxed().toList();
		new TrialCheck(params, "cascadeDelete").column("covet", this::cascadeDeleteCovet)
			.column("jdbc", this::cascadeDeleteJdbc)
			.column("hibernate", this::cascadeDeleteHibernate)
			.column("hibernateOnDelete", this::cascadeDeleteHibernateOnDelete)
			.reseedBeforeEachRun(this::reseed)
			.compareState(() -> this.fixture.checksum("SELECT COUNT(*), COALESCE(SUM(LENGTH(name)), 0) FROM c_author")
					+ this.fixture.checksum("SELECT COUNT(*), COALESCE(SUM(LENGTH(title)), 0) FROM c_book") * 3
					+ this.fixture.checksum("SELECT COUNT(*) FROM c_book_tags") * 7)
			.objectsPerOperation(this.deletedAuthors + this.books + (long) this.books * this.tagsPerBook)
			.verify();
	}

	/**
	 * Untimed, set-based so that 600,000 rows take seconds: empties the tables, then seeds the kept author (key 1)
	 * and the authors to delete (keys 2 onwards); book {@code b} (key b + 1) belongs to the kept author for b &lt; 10,
	 * else to author {@code 2 + (b - 10) mod deletedAuthors}, and has tags {@code 1 + (b + 7k) mod 50}.
	 */
	@Setup(Level.Iteration)
	public void prepare(IterationParams iteration) throws Exception {
		reseed();
		if (iteration.getType() == IterationType.MEASUREMENT) {
			// Warm-ups only warm the code; a measured delete starts with the seed's pages written back.
			this.fixture.settle();
		}
	}

	void reseed() throws Exception {
		int allBooks = this.books + KEPT_BOOKS;
		this.fixture.execute("DELETE FROM c_book_tags", "DELETE FROM c_book", "DELETE FROM c_author",
				"INSERT INTO c_author (id, name) SELECT n + 1, CASE WHEN n = 0 THEN 'Kept' ELSE CONCAT('Author ', n) END FROM "
						+ numbers(this.deletedAuthors + 1) + " s",
				"INSERT INTO c_book (id, title, author_id) SELECT n + 1, CONCAT('Book ', n), CASE WHEN n < " + KEPT_BOOKS
						+ " THEN 1 ELSE 2 + (n - " + KEPT_BOOKS + ") % " + this.deletedAuthors + " END FROM " + numbers(allBooks)
						+ " s",
				"INSERT INTO c_book_tags (cascade_book_id, cascade_tag_id) SELECT b.n + 1, 1 + (b.n + 7 * k.n) % " + TAGS
						+ " FROM " + numbers(allBooks) + " b CROSS JOIN " + numbers(this.tagsPerBook) + " k");
		this.fixture.analyze();
	}

	/** Warm-up operations for a shape: {@link #WARM_UP_BOOKS} between them, at least one. */
	static int warmUpOperations(String shape) {
		return Math.max(1, WARM_UP_BOOKS / books(shape));
	}

	/** The books a shape {@code <authors>x<books>} deletes. */
	static int books(String shape) {
		return Integer.parseInt(shape.split("x")[1]);
	}

	private static String[] shapes() {
		try {
			return CascadeDeleteBenchmarks.class.getField("shape").getAnnotation(Param.class).value();
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A derived table of one column {@code n}, the numbers 0 to count - 1, in this database's idiom. */
	private String numbers(int count) {
		return switch (this.database) {
			case "postgresql" -> "(SELECT generate_series(0, " + (count - 1) + ") AS n)";
			case "mariadb" -> "(SELECT seq AS n FROM seq_0_to_" + (count - 1) + ")";
			default -> "(WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n < " + (count - 1)
					+ ") SELECT n FROM s)";
		};
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fixture.close();
	}

	@Benchmark
	public long cascadeDeleteCovet() {
		return this.fixture.covet.objects(CascadeAuthor.class).filter("id__in", this.doomed).delete().total();
	}

	@Benchmark
	public long cascadeDeleteJdbc() throws Exception {
		try (Connection connection = this.fixture.dataSource.getConnection()) {
			connection.setAutoCommit(false);
			long deleted = KeyLists.update(this.fixture, connection,
					"DELETE FROM c_book_tags WHERE cascade_book_id IN (SELECT id FROM c_book WHERE author_id", ")", this.doomed);
			deleted += KeyLists.update(this.fixture, connection, "DELETE FROM c_book WHERE author_id", "", this.doomed);
			deleted += KeyLists.update(this.fixture, connection, "DELETE FROM c_author WHERE id", "", this.doomed);
			connection.commit();
			return deleted;
		}
	}

	@Benchmark
	public long cascadeDeleteHibernate() {
		try (Session session = this.fixture.hibernate.openSession()) {
			Transaction transaction = session.beginTransaction();
			List<HCascadeAuthor> loaded = session
				.createSelectionQuery("select a from HCascadeAuthor a left join fetch a.books where a.id in :ids",
						HCascadeAuthor.class)
				.setParameter("ids", this.doomed)
				.getResultList();
			for (HCascadeAuthor author : loaded) {
				session.remove(author);
			}
			transaction.commit();
			return loaded.size();
		}
	}

	/** The database-side reference: the authors removed, their books and tag pairs left to ON DELETE CASCADE. */
	@Benchmark
	public long cascadeDeleteHibernateOnDelete() {
		try (Session session = this.fixture.hibernate.openSession()) {
			Transaction transaction = session.beginTransaction();
			List<HOnDeleteAuthor> loaded = session
				.createSelectionQuery("from HOnDeleteAuthor a where a.id in :ids", HOnDeleteAuthor.class)
				.setParameter("ids", this.doomed)
				.getResultList();
			for (HOnDeleteAuthor author : loaded) {
				session.remove(author);
			}
			transaction.commit();
			return loaded.size();
		}
	}
}
