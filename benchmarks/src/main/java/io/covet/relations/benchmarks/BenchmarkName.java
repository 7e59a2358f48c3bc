package io.covet.relations.benchmarks;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * A benchmark method's name read as workload and column: {@code m2mPrefetchHibernate} is the {@code hibernate} column
 * of workload {@code m2mPrefetch}. The report groups by it, and a trial knows from it which column it measures.
 */
record BenchmarkName(String workload, String column) {

	/**
	 * Every column in report order: {@code hibernateLazy} is Hibernate's default lazy loading (no fetch join, batch
	 * size 16), {@code hibernateOnDelete} a delete left to the database's {@code ON DELETE CASCADE}.
	 */
	static final List<String> COLUMNS = List.of("covet", "jdbc", "hibernate", "hibernateLazy", "hibernateOnDelete",
			"naive");

	/** The method-name suffix of a column: {@code hibernateLazy} is {@code HibernateLazy}. */
	static String suffix(String column) {
		return Character.toUpperCase(column.charAt(0)) + column.substring(1);
	}

	/** Parses a method name, simple or qualified by its class. */
	static BenchmarkName parse(String benchmark) {
		String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
		for (String column : COLUMNS) {
			String suffix = suffix(column);
			if (method.endsWith(suffix)) {
				return new BenchmarkName(method.substring(0, method.length() - suffix.length()), column);
			}
		}
		throw new IllegalArgumentException("No column suffix in " + benchmark);
	}

	/** The trial's parameters, sorted by name: {@code authors=1000,booksPerAuthor=10,database=sqlite}. */
	static String paramsKey(BenchmarkParams params) {
		Map<String, String> sorted = new TreeMap<>();
		for (String key : params.getParamsKeys()) {
			sorted.put(key, params.getParam(key));
		}
		return sorted.toString();
	}
}
