package io.covet.relations.benchmarks;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
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
 * parameters, its trial setup with the {@link TrialCheck} that covet and the floor build the same graph), then the
 * two columns' benchmark methods run in rounds of four, covet, floor, floor, covet, so that a drift of the machine
 * within a round cancels. Prints one line, {@code PAIRED} and tab-separated figures, for the parent to read.
 * <p>
 * Only states set up once per trial can be measured this way: the writes re-seed per invocation and the cascade
 * runs single-shot on fresh rows.
 */
final class PairedTrial {

	/** The line prefix the parent looks for. */
	static final String RESULT_PREFIX = "PAIRED\t";

	private volatile long sink;

	private PairedTrial() {
	}

	/**
	 * Arguments: the covet and floor benchmark methods (qualified), the parameters ({@code name=value,...}), warm-up
	 * and measurement seconds.
	 */
	public static void main(String[] args) throws Throwable {
		String covet = args[0];
		String floor = args[1];
		Map<String, String> params = parseParams(args[2]);
		long warmUpNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[3]));
		long measureNanos = TimeUnit.SECONDS.toNanos(Long.parseLong(args[4]));
		System.out.println(new PairedTrial().run(covet, floor, params, warmUpNanos, measureNanos));
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

	private String run(String covetBenchmark, String floorBenchmark, Map<String, String> params, long warmUpNanos,
			long measureNanos) throws Throwable {
		Class<?> stateType = Class.forName(covetBenchmark.substring(0, covetBenchmark.lastIndexOf('.')));
		Object state = stateType.getConstructor().newInstance();
		for (Map.Entry<String, String> param : params.entrySet()) {
			setParam(state, param.getKey(), param.getValue());
		}
		Method covet = method(stateType, covetBenchmark);
		Method floor = method(stateType, floorBenchmark);
		invokeTrialMethods(state, Setup.class, benchmarkParams(covetBenchmark, params));
		try {
			long warmUpEnd = System.nanoTime() + warmUpNanos;
			while (System.nanoTime() < warmUpEnd) {
				time(covet, state);
				time(floor, state);
			}
			List<long[]> rounds = new ArrayList<>();
			long measureEnd = System.nanoTime() + measureNanos;
			while (System.nanoTime() < measureEnd || rounds.size() < 10) {
				long covetFirst = time(covet, state);
				long floorFirst = time(floor, state);
				long floorSecond = time(floor, state);
				long covetSecond = time(covet, state);
				rounds.add(new long[] { covetFirst + covetSecond, floorFirst + floorSecond });
			}
			return result(rounds);
		}
		finally {
			invokeTrialMethods(state, TearDown.class, null);
		}
	}

	private static String result(List<long[]> rounds) {
		double[] ratios = new double[rounds.size()];
		double[] covetMillis = new double[rounds.size()];
		double[] floorMillis = new double[rounds.size()];
		for (int i = 0; i < ratios.length; i++) {
			long[] round = rounds.get(i);
			ratios[i] = (double) round[0] / round[1];
			covetMillis[i] = round[0] / 2e6;
			floorMillis[i] = round[1] / 2e6;
		}
		PairedRatio ratio = PairedRatio.of(ratios);
		return RESULT_PREFIX + String.format(Locale.ROOT, "%d\t%.4f\t%.4f\t%.4f\t%.4f\t%.4f", ratio.rounds(),
				median(covetMillis), median(floorMillis), ratio.median(), ratio.lower(), ratio.upper());
	}

	private static double median(double[] values) {
		return PairedRatio.of(values).median();
	}

	private long time(Method method, Object state) throws Throwable {
		long start = System.nanoTime();
		long checksum;
		try {
			checksum = (long) method.invoke(state);
		}
		catch (InvocationTargetException ex) {
			throw ex.getCause();
		}
		long elapsed = System.nanoTime() - start;
		this.sink += checksum;
		return elapsed;
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
			if (level != Level.Trial) {
				throw new IllegalStateException(method + " runs per " + level + "; only trial-level states can be paired");
			}
			Object[] arguments = Arrays.stream(method.getParameterTypes())
				.map(type -> (type == BenchmarkParams.class) ? params : null)
				.toArray();
			try {
				method.invoke(state, arguments);
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
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
