package io.covet.relations.benchmarks;

import java.util.concurrent.TimeUnit;

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

/**
 * Read workloads, four columns each, on one database per trial: 1) authors with their books (reverse-FK prefetch;
 * naive N+1 is the headline's other side), 2) books with author and publisher (select_related). The sweep of
 * workload 1 (10, 100 and 1,000 authors × 1, 10 and 100 books) is {@code COVET_BENCH_SWEEP=true}, not run by
 * default.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ReadBenchmarks {

	@Param({ "sqlite", "postgresql", "mariadb" })
	public String database;

	@Param({ "1000" })
	public int authors;

	@Param({ "10" })
	public int booksPerAuthor;

	private Fixture fixture;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		this.fixture = new Fixture(this.database, this.authors, this.booksPerAuthor);
		new TrialCheck(params, "prefetch").column("covet", () -> Workloads.prefetchCovet(this.fixture))
			.column("jdbc", () -> Workloads.prefetchJdbc(this.fixture))
			.column("hibernate", () -> Workloads.prefetchHibernate(this.fixture))
			.column("hibernateLazy", () -> Workloads.prefetchHibernateLazy(this.fixture))
			.column("naive", () -> Workloads.prefetchNaive(this.fixture))
			.verify();
		new TrialCheck(params, "selectRelated").column("covet", () -> Workloads.selectRelatedCovet(this.fixture))
			.column("jdbc", () -> Workloads.selectRelatedJdbc(this.fixture))
			.column("hibernate", () -> Workloads.selectRelatedHibernate(this.fixture))
			.column("hibernateLazy", () -> Workloads.selectRelatedHibernateLazy(this.fixture))
			.verify();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fixture.close();
	}

	@Benchmark
	public long prefetchCovet() {
		return Workloads.prefetchCovet(this.fixture);
	}

	@Benchmark
	public long prefetchJdbc() throws Exception {
		return Workloads.prefetchJdbc(this.fixture);
	}

	@Benchmark
	public long prefetchHibernate() {
		return Workloads.prefetchHibernate(this.fixture);
	}

	@Benchmark
	public long prefetchHibernateLazy() {
		return Workloads.prefetchHibernateLazy(this.fixture);
	}

	@Benchmark
	public long prefetchNaive() {
		return Workloads.prefetchNaive(this.fixture);
	}

	@Benchmark
	public long selectRelatedCovet() {
		return Workloads.selectRelatedCovet(this.fixture);
	}

	@Benchmark
	public long selectRelatedJdbc() throws Exception {
		return Workloads.selectRelatedJdbc(this.fixture);
	}

	@Benchmark
	public long selectRelatedHibernate() {
		return Workloads.selectRelatedHibernate(this.fixture);
	}

	@Benchmark
	public long selectRelatedHibernateLazy() {
		return Workloads.selectRelatedHibernateLazy(this.fixture);
	}
}
