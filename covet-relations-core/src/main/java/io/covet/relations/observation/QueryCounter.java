package io.covet.relations.observation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * Counts the statements the library runs, for tests that pin query counts ({@code assertNumQueries}). Register it as
 * a {@link StatementListener}; {@link #count(Runnable)} counts what one block of code runs on the current thread.
 */
public final class QueryCounter implements StatementListener {

	private final ThreadLocal<List<String>> recording = new ThreadLocal<>();

	private final List<String> all = new CopyOnWriteArrayList<>();

	@Override
	public void afterStatement(StatementEvent event) {
		this.all.add(event.sql());
		List<String> current = this.recording.get();
		if (current != null) {
			current.add(event.sql());
		}
	}

	/** Statements run by {@code action} on this thread. */
	public List<String> record(Runnable action) {
		List<String> previous = this.recording.get();
		List<String> statements = new ArrayList<>();
		this.recording.set(statements);
		try {
			action.run();
		}
		finally {
			if (previous != null) {
				previous.addAll(statements);
			}
			this.recording.set(previous);
		}
		return statements;
	}

	/** Number of statements run by {@code action} on this thread. */
	public int count(Runnable action) {
		return record(action).size();
	}

	/**
	 * Runs {@code action} and fails unless it ran exactly {@code expected} statements; the message lists them.
	 * @return what the action returned
	 */
	public <T> T assertNumQueries(int expected, Supplier<T> action) {
		Object[] result = new Object[1];
		List<String> statements = record(() -> result[0] = action.get());
		if (statements.size() != expected) {
			StringBuilder message = new StringBuilder().append(statements.size())
				.append(" statements were executed, ")
				.append(expected)
				.append(" expected:");
			for (int i = 0; i < statements.size(); i++) {
				message.append("\n  ").append(i + 1).append(". ").append(statements.get(i));
			}
			throw new AssertionError(message.toString());
		}
		@SuppressWarnings("unchecked")
		T typed = (T) result[0];
		return typed;
	}

	/** Like {@link #assertNumQueries(int, Supplier)} for code that returns nothing. */
	public void assertNumQueries(int expected, Runnable action) {
		assertNumQueries(expected, () -> {
			action.run();
			return null;
		});
	}

	/** Every statement seen since creation or {@link #reset()}, from all threads. */
	public List<String> statements() {
		return List.copyOf(this.all);
	}

	/** How many statements were seen since creation or {@link #reset()}. */
	public int total() {
		return this.all.size();
	}

	/** Forgets the statements seen so far. */
	public void reset() {
		this.all.clear();
	}
}
