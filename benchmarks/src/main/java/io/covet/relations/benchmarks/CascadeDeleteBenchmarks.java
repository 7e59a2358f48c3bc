package io.covet.relations.benchmarks;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

import io.covet.relations.benchmarks.BenchModels.CascadeAuthor;
import io.covet.relations.benchmarks.BenchModels.CascadeBook;
import io.covet.relations.benchmarks.BenchModels.CascadeTag;
import io.covet.relations.benchmarks.HibernateModels.HCascadeAuthor;
import io.covet.relations.benchmarks.HibernateModels.HCascadeBook;
import io.covet.relations.benchmarks.HibernateModels.HCascadeTag;
import io.covet.relations.relation.Ref;

/**
 * Workload 6: cascading delete of authors, their books and the books' tag pairs. By default 10,000 books with 5 tags
 * each (50,000 pairs), belonging to one author or spread over 1,000 authors deleted at once; {@code books=100000} is
 * the documented big case (500,000 pairs). Single-shot: each measured delete runs on freshly seeded rows (untimed), and
 * a kept author with 10 books must survive it. Covet's deletion collector; JDBC's three set-based DELETEs; Hibernate's
 * {@code CascadeType.REMOVE} from the authors (loaded with their books) to the books, which drop their own tag pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class CascadeDeleteBenchmarks {

	@Param({ "sqlite", "postgresql", "mariadb" })
	public String database;

	@Param({ "1", "1000" })
	public int deletedAuthors;

	@Param({ "10000" })
	public int books;

	@Param({ "5" })
	public int tagsPerBook;

	private static final int TAGS = 50;

	private Fixture fixture;

	private List<Long> doomed;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		this.fixture = new Fixture(this.database, List.of(CascadeAuthor.class, CascadeBook.class, CascadeTag.class),
				List.of(HCascadeAuthor.class, HCascadeBook.class, HCascadeTag.class));
		List<CascadeTag> tags = new ArrayList<>();
		for (int i = 0; i < TAGS; i++) {
			CascadeTag tag = new CascadeTag();
			tag.name = "Tag " + i;
			tags.add(tag);
		}
		this.fixture.covet.repository(CascadeTag.class).bulkCreate(tags);
		new TrialCheck(params, "cascadeDelete").column("covet", this::cascadeDeleteCovet)
			.column("jdbc", this::cascadeDeleteJdbc)
			.column("hibernate", this::cascadeDeleteHibernate)
			.reseedBeforeEachRun(this::reseed)
			.compareState(() -> this.fixture.checksum("SELECT COUNT(*), COALESCE(SUM(LENGTH(name)), 0) FROM c_author")
					+ this.fixture.checksum("SELECT COUNT(*), COALESCE(SUM(LENGTH(title)), 0) FROM c_book") * 3
					+ this.fixture.checksum("SELECT COUNT(*) FROM c_book_tags") * 7)
			.objectsPerOperation(this.deletedAuthors + this.books + (long) this.books * this.tagsPerBook)
			.verify();
	}

	/**
	 * Untimed: empties the tables (only the kept author's rows are left after a delete), then seeds the kept author
	 * and the authors to delete; book {@code b} has tags {@code (b + 7k) mod 50}.
	 */
	@Setup(Level.Iteration)
	public void reseed() throws Exception {
		this.fixture.execute("DELETE FROM c_book_tags", "DELETE FROM c_book", "DELETE FROM c_author");
		List<Long> tagIds = this.fixture.covet.objects(CascadeTag.class)
			.orderBy("id")
			.list()
			.stream()
			.map(tag -> tag.id)
			.toList();
		List<CascadeAuthor> created = new ArrayList<>();
		for (int i = 0; i <= this.deletedAuthors; i++) {
			CascadeAuthor author = new CascadeAuthor();
			author.name = (i == 0) ? "Kept" : "Author " + i;
			created.add(author);
		}
		this.fixture.covet.repository(CascadeAuthor.class).bulkCreate(created);
		this.doomed = created.subList(1, created.size()).stream().map(author -> author.id).toList();
		List<CascadeBook> createdBooks = new ArrayList<>();
		for (int b = 0; b < this.books + 10; b++) {
			CascadeBook book = new CascadeBook();
			book.title = "Book " + b;
			// The first ten books are the kept author's, the others spread evenly over the doomed authors.
			book.author = Ref.to(created.get(b < 10 ? 0 : 1 + (b - 10) % this.deletedAuthors));
			createdBooks.add(book);
		}
		this.fixture.covet.repository(CascadeBook.class).bulkCreate(createdBooks);
		List<long[]> pairs = new ArrayList<>();
		for (int b = 0; b < createdBooks.size(); b++) {
			for (int k = 0; k < this.tagsPerBook; k++) {
				pairs.add(new long[] { createdBooks.get(b).id, tagIds.get((b + 7 * k) % TAGS) });
			}
		}
		this.fixture.insertRows("INSERT INTO c_book_tags (cascade_book_id, cascade_tag_id) VALUES (?, ?)", pairs);
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
				.createSelectionQuery("select distinct a from HCascadeAuthor a left join fetch a.books where a.id in :ids",
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
}
