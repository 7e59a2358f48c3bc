package io.covet.relations.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

/** Starts several threads on one task at the same moment, for tests of concurrent callers. */
public final class Races {

	private Races() {
	}

	/** One thread's part of a race; {@code thread} counts from 0. */
	@FunctionalInterface
	public interface Part {

		void run(int thread) throws Exception;
	}

	/** Runs {@code part} on {@code threads} threads released together, waits for all, and returns what they threw. */
	public static List<Throwable> atOnce(int threads, Part part) throws InterruptedException {
		List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
		CyclicBarrier start = new CyclicBarrier(threads);
		List<Thread> runners = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			Thread runner = new Thread(() -> {
				try {
					start.await(10, TimeUnit.SECONDS);
					part.run(thread);
				}
				catch (Throwable ex) {
					failures.add(ex);
				}
			});
			runner.start();
			runners.add(runner);
		}
		for (Thread runner : runners) {
			runner.join(60_000);
		}
		return new ArrayList<>(failures);
	}
}
