package io.covet.relations.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The check every trial runs before it is measured. The trial's own column and a reference column (jdbc; covet for
 * the jdbc trial) run on the same data and must agree on the result — the checksum of the graph a read built, or of
 * the rows a write left — or the trial fails. The own column then runs once more on counted statements (the first run
 * fills one-time caches such as content types), and the count goes to the {@link StatementLog}.
 */
final class TrialCheck {

	/** One column of a workload: runs the operation and returns its checksum. */
	@FunctionalInterface
	interface Column {

		long run() throws Exception;
	}

	/** Untimed work around a column's run: re-seeding before a write. */
	@FunctionalInterface
	interface Step {

		void run() throws Exception;
	}

	private final BenchmarkName trial;

	private final String paramsKey;

	private final String workload;

	private final Map<String, Column> columns = new LinkedHashMap<>();

	private Step reseed = () -> {
	};

	private Column state;

	private long objects;

	/** A check of one workload; it runs only in that workload's trials (a state may serve several workloads). */
	TrialCheck(BenchmarkParams params, String workload) {
		this(BenchmarkName.parse(params.getBenchmark()), BenchmarkName.paramsKey(params), workload);
	}

	/** A check for the trial of the given benchmark and parameters (sorted {@code name=value} pairs). */
	TrialCheck(BenchmarkName trial, String paramsKey, String workload) {
		this.trial = trial;
		this.paramsKey = paramsKey;
		this.workload = workload;
	}

	TrialCheck column(String name, Column column) {
		this.columns.put(name, column);
		return this;
	}

	/** For writes: restores the seeded data before every run. */
	TrialCheck reseedBeforeEachRun(Step reseed) {
		this.reseed = reseed;
		return this;
	}

	/** For writes: the checksum compared is that of the rows left behind, read after each run. */
	TrialCheck compareState(Column state) {
		this.state = state;
		return this;
	}

	/** Objects each operation handles (deleted rows, for objects per second). */
	TrialCheck objectsPerOperation(long objects) {
		this.objects = objects;
		return this;
	}

	void verify() throws Exception {
		BenchmarkName name = this.trial;
		if (!name.workload().equals(this.workload)) {
			return;
		}
		String reference = name.column().equals("jdbc") ? "covet" : "jdbc";
		long expected = run(reference)[0];
		run(name.column());
		long[] own = run(name.column());
		if (own[0] != expected) {
			throw new IllegalStateException(name.workload() + " " + name.column() + " left a different result than "
					+ reference + ": checksum " + own[0] + " != " + expected + " " + this.paramsKey);
		}
		StatementLog.record(name, this.paramsKey, new StatementLog.Counts(own[1], this.objects));
	}

	/** The checksum of one run of the column and the statements it took. */
	private long[] run(String column) throws Exception {
		Column work = this.columns.get(column);
		if (work == null) {
			throw new IllegalArgumentException("No column " + column);
		}
		this.reseed.run();
		long before = CountingDataSource.STATEMENTS.get();
		long checksum = work.run();
		long statements = CountingDataSource.STATEMENTS.get() - before;
		return new long[] { (this.state == null) ? checksum : this.state.run(), statements };
	}
}
