package io.covet.relations.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.LongStream;

/**
 * Runs a seeded random sequence once per seed and, when one fails, names the seed and its last steps so that the
 * failure can be replayed alone ({@code COVET_SEED=<seed>}) and pinned as a regression test. The number of seeds
 * comes from an environment variable, so that CI runs a modest count and a developer can run thousands.
 */
public final class Seeds {

	/** Replays only this seed, whatever the family's count says. */
	public static final String SINGLE_SEED = "COVET_SEED";

	private static final int STEPS_SHOWN = 8;

	private Seeds() {
	}

	/** Seeds 1 to the count in {@code variable} (else {@code defaultCount}), or only {@code COVET_SEED} when set. */
	public static List<Long> fromEnvironment(String variable, int defaultCount) {
		String single = System.getenv(SINGLE_SEED);
		if (single != null && !single.isBlank()) {
			return List.of(Long.parseLong(single.trim()));
		}
		int count = Integer.parseInt(System.getenv().getOrDefault(variable, Integer.toString(defaultCount)));
		return LongStream.rangeClosed(1, count).boxed().toList();
	}

	/** Runs {@code sequence} for every seed; the first failure is rethrown with its seed and last steps. */
	public static void run(String family, TestDatabase db, List<Long> seeds, Sequence sequence) {
		for (long seed : seeds) {
			Steps steps = new Steps();
			try {
				sequence.run(seed, steps);
			}
			catch (Exception | AssertionError failure) {
				throw new AssertionError(family + " failed on " + db + " with seed " + seed + " after the steps "
						+ steps.recent + "; replay it with " + SINGLE_SEED + "=" + seed + " and pin it as a regression test",
						failure);
			}
		}
	}

	/** One seeded sequence. */
	@FunctionalInterface
	public interface Sequence {

		void run(long seed, Steps steps) throws Exception;
	}

	/** The steps a sequence took, the latest kept for the failure message. */
	public static final class Steps {

		private final Deque<String> recent = new ArrayDeque<>();

		private int count;

		/** Records the step about to run. */
		public void step(String description) {
			if (this.recent.size() == STEPS_SHOWN) {
				this.recent.removeFirst();
			}
			this.recent.addLast("#" + ++this.count + " " + description);
		}
	}
}
