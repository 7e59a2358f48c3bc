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

/**
 * Read workloads, four columns each, on one database per trial: 1) authors with their books (reverse-FK prefetch;
 * naive N+1 is the headline's other side), 2) books with author and publisher (select_related).
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
	public void setUp() throws Exception {
		this.fixture = new Fixture(this.database, this.authors, this.booksPerAuthor);
		// Every column must build the same graph, or the trial fails.
		long prefetch = Workloads.prefetchJdbc(this.fixture);
		check("prefetch covet", prefetch, Workloads.prefetchCovet(this.fixture));
		check("prefetch hibernate", prefetch, Workloads.prefetchHibernate(this.fixture));
		check("prefetch naive", prefetch, Workloads.prefetchNaive(this.fixture));
		long select = Workloads.selectRelatedJdbc(this.fixture);
		check("select_related covet", select, Workloads.selectRelatedCovet(this.fixture));
		check("select_related hibernate", select, Workloads.selectRelatedHibernate(this.fixture));
	}

	private static void check(String column, long expected, long actual) {
		if (expected != actual) {
			throw new IllegalStateException(column + " built a different graph: checksum " + actual + " != " + expected);
		}
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
}
