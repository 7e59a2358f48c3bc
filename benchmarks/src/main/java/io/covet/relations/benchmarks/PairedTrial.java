package io.covet.relations.benchmarks;

import java.lang.annotation.Annotation;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.openjdk.jmh.runner.WorkloadParams;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * One row of {@link PairedRatios}, in a JVM of its own: the workload's JMH state is set up as JMH would (its
 * parameters, its trial setup with the {@link TrialCheck} that covet and the floor build the same graph), covet and
 * each other column must return the same checksum, then the columns' benchmark methods run in rounds that call each
 * column twice, mirrored ({@link PairedRounds#callOrder()}: covet, other, other, covet for two), so that a drift of the
 * machine within a round cancels. Prints one line, {@code PAIRED} and tab-separated figures, for the parent to read.
 * <p>
 * A state's per-invocation setup (the writes re-seed their posts) runs before every timed call, untimed, and a
 * method's {@code @OperationsPerInvocation} divides its times. The writes' checksums are those of the rows they leave,
 * which their trial setup compares (covet against the floor); their return values are not compared here. The cascade,
 * single-shot on fresh rows, is not paired. Allocation is the calling thread's, read around each timed call; the
 * workloads run on that thread alone.
 */
final class PairedTrial {

	/** The line prefix the parent looks for. */
	static final String RESULT_PREFIX = "PAIRED\t";

	private static final com.sun.management.ThreadMXBean THREADS = (com.sun.management.ThreadMXBean) ManagementFactory
		.getThreadMXBean();

	private volatile long sink;

	/** The state's {@code @Setup(Level.Invocation)} methods, run untimed before every timed call. */
	private List<Method> perInvocation = List.of();

	/** Bytes the last {@link #time} call allocated. */
	private long lastAllocated;

	private PairedTrial() {
	}

	/**
	 * Arguments: covet's benchmark method and the other columns' (qualified, comma-separated), the parameters
	 * ({@code name=value,...}), warm-up and measurement seconds.
	 */
	public static void main(String[] args) throws Throwable {
		String covet = args[0];
		List<String> others = List.of(args[1].split(","));
		Map<String, String> params = parseParams(args[2]);
		long warmUpNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
		long measureNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
		System.out.println(RESULT_PREFIX + new PairedTrial().run(covet, others, params, warmUpNanos, measureNanos).format());
		System.exit(0);
	}

	static Map<String, String> parseParams(String text) {
		Map<String, String> params = new LinkedHashMap<>();
		for (String pair : text.split(",")) {
			String[] nameValue = pair.split("=", 2);
			params.put(nameValue[0], nameValue[1]);
		}
		return params;
	}

	private PairedRounds run(String covetBenchmark, List<String> otherBenchmarks, Map<String, String> params,
			long warmUpNanos, long measureNanos) throws Throwable {
		Class<?> stateType = Class.forName(covetBenchmark.substring(0, covetBenchmark.lastIndexOf('.')));
		Object state = stateType.getConstructor().newInstance();
		for (Map.Entry<String, String> param : params.entrySet()) {
			setParam(state, param.getKey(), param.getValue());
		}
		List<String> benchmarks = new ArrayList<>();
		benchmarks.add(covetBenchmark);
		benchmarks.addAll(otherBenchmarks);
		List<Method> methods = new ArrayList<>();
		List<String> columns = new ArrayList<>();
		int[] operations = new int[benchmarks.size()];
		for (int i = 0; i < benchmarks.size(); i++) {
			methods.add(method(stateType, benchmarks.get(i)));
			columns.add(BenchmarkName.parse(benchmarks.get(i)).column());
			operations[i] = operations(methods.get(i));
		}
		PairedRounds rounds = new PairedRounds(columns, operations);
		this.perInvocation = Arrays.stream(stateType.getMethods())
			.filter(method -> method.isAnnotationPresent(Setup.class)
					&& method.getAnnotation(Setup.class).value() == Level.Invocation)
			.toList();
		invokeTrialMethods(state, Setup.class, benchmarkParams(covetBenchmark, params));
		try {
			if (this.perInvocation.isEmpty()) {
				long expected = (long) invoke(methods.get(0), state);
				for (int i = 1; i < methods.size(); i++) {
					long found = (long) invoke(methods.get(i), state);
					if (found != expected) {
						throw new IllegalStateException(benchmarks.get(i) + " returned checksum " + found + ", covet " + expected);
					}
				}
			}
			int[] order = rounds.callOrder();
			long warmUpEnd = System.nanoTime() + warmUpNanos;
			while (System.nanoTime() < warmUpEnd) {
				for (Method method : methods) {
					time(method, state);
				}
			}
			long measureEnd = System.nanoTime() + measureNanos;
			while (System.nanoTime() < measureEnd || rounds.size() < 10) {
				long[] nanos = new long[methods.size()];
				long[] bytes = new long[methods.size()];
				for (int column : order) {
					nanos[column] += time(methods.get(column), state);
					bytes[column] += this.lastAllocated;
				}
				rounds.add(nanos, bytes);
			}
			return rounds;
		}
		finally {
			invokeTrialMethods(state, TearDown.class, null);
		}
	}

	/** Operations one call of a benchmark method performs ({@code @OperationsPerInvocation}, else one). */
	private static int operations(Method benchmark) {
		OperationsPerInvocation operations = benchmark.getAnnotation(OperationsPerInvocation.class);
		return (operations == null) ? 1 : operations.value();
	}

	/** Times one call, after the untimed per-invocation setup; {@link #lastAllocated} gets the call's allocation. */
	private long time(Method method, Object state) throws Throwable {
		for (Method setup : this.perInvocation) {
			invoke(setup, state);
		}
		long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
		long start = System.nanoTime();
		long checksum = (long) invoke(method, state);
		long elapsed = System.nanoTime() - start;
		this.lastAllocated = THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore;
		this.sink += checksum;
		return elapsed;
	}

	/** Invokes a state's method, rethrowing what the method threw rather than the reflective wrapper. */
	private static Object invoke(Method method, Object state, Object... arguments) throws Throwable {
		try {
			return method.invoke(state, arguments);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
	}

	private static Method method(Class<?> stateType, String benchmark) throws NoSuchMethodException {
		return stateType.getMethod(benchmark.substring(benchmark.lastIndexOf('.') + 1));
	}

	private static void setParam(Object state, String name, String value) throws ReflectiveOperationException {
		Field field = state.getClass().getField(name);
		if (!field.isAnnotationPresent(Param.class)) {
			throw new IllegalArgumentException(name + " is not a @Param of " + state.getClass().getSimpleName());
		}
		Class<?> type = field.getType();
		if (type == int.class) {
			field.setInt(state, Integer.parseInt(value));
		}
		else if (type == long.class) {
			field.setLong(state, Long.parseLong(value));
		}
		else if (type == boolean.class) {
			field.setBoolean(state, Boolean.parseBoolean(value));
		}
		else {
			field.set(state, value);
		}
	}

	/** Runs the state's trial-level {@code @Setup} or {@code @TearDown} methods, passing the parameters they take. */
	private static void invokeTrialMethods(Object state, Class<? extends Annotation> kind,
			BenchmarkParams params) throws Throwable {
		for (Method method : state.getClass().getMethods()) {
			Annotation annotation = method.getAnnotation(kind);
			if (annotation == null) {
				continue;
			}
			Level level = (annotation instanceof Setup setup) ? setup.value() : ((TearDown) annotation).value();
			if (level == Level.Invocation && kind == Setup.class) {
				continue;
			}
			if (level != Level.Trial) {
				throw new IllegalStateException(method + " runs per " + level + "; it cannot be paired");
			}
			Object[] arguments = Arrays.stream(method.getParameterTypes())
				.map(type -> (type == BenchmarkParams.class) ? params : null)
				.toArray();
			invoke(method, state, arguments);
		}
	}

	/** What a trial's setup reads of JMH's parameters: the benchmark (so the check runs) and its parameters. */
	private static BenchmarkParams benchmarkParams(String benchmark, Map<String, String> params) {
		WorkloadParams workload = new WorkloadParams();
		int order = 0;
		for (Map.Entry<String, String> param : params.entrySet()) {
			workload.put(param.getKey(), param.getValue(), order++);
		}
		IterationParams iterations = new IterationParams(IterationType.MEASUREMENT, 1, TimeValue.seconds(1), 1);
		return new BenchmarkParams(benchmark, benchmark, false, 1, new int[] { 1 }, List.of(), 1, 0, iterations,
				iterations, Mode.AverageTime, workload, TimeUnit.MILLISECONDS, 1, "java", List.of(),
				System.getProperty("java.version"), System.getProperty("java.vm.name"),
				System.getProperty("java.vm.version"), "1.37", TimeValue.minutes(10));
	}
}
