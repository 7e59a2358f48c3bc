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
 * Workload 8: the limit probe. Workload 1's prefetch over 100,000 authors with one book each: more keys than SQLite
 * (32,766) and PostgreSQL or MariaDB (65,535) accept as bind parameters in one statement, so Covet and the JDBC column
 * must chunk (or bind one array) and still build the same graph. Naive N+1 would be 100,000 statements: left out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LimitProbeBenchmarks {

	@Param({ "sqlite", "postgresql", "mariadb" })
	public String database;

	@Param({ "100000" })
	public int parents;

	private Fixture fixture;

	@Setup(Level.Trial)
	public void setUp(BenchmarkParams params) throws Exception {
		this.fixture = new Fixture(this.database, this.parents, 1);
		new TrialCheck(params, "limitProbe").column("covet", this::limitProbeCovet)
			.column("jdbc", this::limitProbeJdbc)
			.column("hibernate", this::limitProbeHibernate)
			.verify();
	}

	@TearDown(Level.Trial)
	public void tearDown() {
		this.fixture.close();
	}

	@Benchmark
	public long limitProbeCovet() {
		return Workloads.prefetchCovet(this.fixture);
	}

	@Benchmark
	public long limitProbeJdbc() throws Exception {
		return Workloads.prefetchJdbc(this.fixture);
	}

	@Benchmark
	public long limitProbeHibernate() {
		return Workloads.prefetchHibernate(this.fixture);
	}
}
