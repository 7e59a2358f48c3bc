package io.covet.relations.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The per-trial check must fail a trial whose column disagrees with the reference, and must count only the trial's
 * own column: not the re-seeding, not the reference, not the first (cache-filling) run.
 */
class TrialCheckTests {

	private static final String PARAMS = "{database=sqlite, posts=5}";

	@TempDir
	Path directory;

	private Path log;

	@BeforeEach
	void logToFile() {
		this.log = this.directory.resolve("statements.tsv");
		System.setProperty(StatementLog.PROPERTY, this.log.toString());
	}

	@AfterEach
	void stopLogging() {
		System.clearProperty(StatementLog.PROPERTY);
	}

	/** A column that "runs" the given number of statements and returns the checksum. */
	private static TrialCheck.Column column(long statements, long checksum) {
		return () -> {
			CountingDataSource.STATEMENTS.addAndGet(statements);
			return checksum;
		};
	}

	@Test
	void agreeingColumnsPassAndTheOwnColumnsStatementsAreRecorded() throws Exception {
		List<String> ran = new ArrayList<>();
		new TrialCheck(new BenchmarkName("m2mPrefetch", "hibernate"), PARAMS, "m2mPrefetch")
			.column("covet", column(2, 42))
			.column("jdbc", () -> {
				ran.add("jdbc");
				return column(2, 42).run();
			})
			.column("hibernate", () -> {
				ran.add("hibernate");
				return column(3, 42).run();
			})
			.reseedBeforeEachRun(() -> CountingDataSource.STATEMENTS.addAndGet(1000))
			.objectsPerOperation(7)
			.verify();

		assertThat(ran).containsExactly("jdbc", "hibernate", "hibernate");
		Map<String, StatementLog.Counts> counts = StatementLog.read(this.log);
		assertThat(counts).containsOnlyKeys("m2mPrefetch/hibernate/" + PARAMS);
		assertThat(counts.get("m2mPrefetch/hibernate/" + PARAMS)).isEqualTo(new StatementLog.Counts(3, 7));
	}

	@Test
	void aColumnThatBuildsAnotherGraphFailsTheTrial() throws Exception {
		TrialCheck check = new TrialCheck(new BenchmarkName("m2mPrefetch", "covet"), PARAMS, "m2mPrefetch")
			.column("covet", column(2, 41))
			.column("jdbc", column(2, 42));

		assertThatThrownBy(check::verify).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("covet left a different result than jdbc: checksum 41 != 42");
		assertThat(StatementLog.read(this.log)).isEmpty();
	}

	@Test
	void theJdbcTrialIsCheckedAgainstCovetAndWritesCompareTheRowsLeftBehind() throws Exception {
		long[] rows = { 0 };
		TrialCheck check = new TrialCheck(new BenchmarkName("m2mWrite", "jdbc"), PARAMS, "m2mWrite")
			.column("covet", () -> rows[0] += 1)
			.column("jdbc", () -> rows[0] += 2)
			.reseedBeforeEachRun(() -> rows[0] = 0)
			.compareState(() -> rows[0]);

		assertThatThrownBy(check::verify).hasMessageContaining("jdbc left a different result than covet: checksum 2 != 1");
	}

	@Test
	void aCheckOfAnotherWorkloadRunsNothing() throws Exception {
		new TrialCheck(new BenchmarkName("selectRelated", "covet"), PARAMS, "prefetch").column("covet", () -> {
			throw new AssertionError("must not run");
		}).verify();

		assertThat(StatementLog.read(this.log)).isEmpty();
	}

	@Test
	void benchmarkMethodsReadAsWorkloadAndColumn() {
		assertThat(BenchmarkName.parse("io.covet.relations.benchmarks.TreeBenchmarks.treeDescendantsHibernate"))
			.isEqualTo(new BenchmarkName("treeDescendants", "hibernate"));
		assertThat(BenchmarkName.parse("m2mPrefetchNaive")).isEqualTo(new BenchmarkName("m2mPrefetch", "naive"));
		assertThat(BenchmarkName.parse("selectRelatedHibernateLazy"))
			.isEqualTo(new BenchmarkName("selectRelated", "hibernateLazy"));
		assertThat(BenchmarkName.parse("cascadeDeleteHibernateOnDelete"))
			.isEqualTo(new BenchmarkName("cascadeDelete", "hibernateOnDelete"));
		assertThatThrownBy(() -> BenchmarkName.parse("prefetchEverything")).isInstanceOf(IllegalArgumentException.class);
	}
}
