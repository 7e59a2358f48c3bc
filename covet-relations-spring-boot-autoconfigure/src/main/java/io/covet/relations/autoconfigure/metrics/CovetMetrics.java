package io.covet.relations.autoconfigure.metrics;

import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.covet.relations.event.DeleteAction;
import io.covet.relations.event.ManyToManyAction;
import io.covet.relations.event.ManyToManyChanged;
import io.covet.relations.event.ModelDeleted;
import io.covet.relations.event.RelationEvent;
import io.covet.relations.event.RelationEventListener;
import io.covet.relations.event.RelationPrefetched;
import io.covet.relations.observation.StatementEvent;
import io.covet.relations.observation.StatementListener;

/**
 * Micrometer meters for Covet Relations. Tags are bounded by the model graph (model, relation, operation, action,
 * outcome), never ids or SQL text.
 * <ul>
 * <li>{@code covet.relations.query} — timer per statement, by model, operation and outcome;</li>
 * <li>{@code covet.relations.m2m} — counter of pairs added/removed/cleared, by relation and action, once committed;</li>
 * <li>{@code covet.relations.delete} — counter of deleted rows, by model, once committed;</li>
 * <li>{@code covet.relations.prefetch} — counter of rows loaded by prefetches, by relation.</li>
 * </ul>
 */
public class CovetMetrics implements StatementListener, RelationEventListener {

	private final MeterRegistry registry;

	/** Creates the meters in the given registry, on first use of each name and tag set. */
	public CovetMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	@Override
	public void afterStatement(StatementEvent event) {
		Timer.builder("covet.relations.query")
			.description("Statements run by Covet Relations")
			.tag("model", event.model() == null ? "none" : event.model())
			.tag("operation", event.operation().tag())
			.tag("outcome", event.failure() == null ? "success" : "error")
			.register(this.registry)
			.record(event.nanos(), TimeUnit.NANOSECONDS);
	}

	@Override
	public void onEvent(RelationEvent event) {
		if (event instanceof ManyToManyChanged changed && changed.action().name().startsWith("POST_")) {
			Counter pairs = Counter.builder("covet.relations.m2m")
				.description("Many-to-many pairs changed")
				.baseUnit("pairs")
				.tag("relation", changed.relation())
				.tag("action", action(changed.action()))
				.register(this.registry);
			whenCommitted(() -> pairs.increment(changed.keys().size()));
		}
		else if (event instanceof RelationPrefetched prefetched) {
			Counter.builder("covet.relations.prefetch")
				.description("Rows loaded by prefetchRelated, one query per relation level")
				.baseUnit("rows")
				.tag("relation", prefetched.relation())
				.register(this.registry)
				.increment(prefetched.rows());
		}
		else if (event instanceof ModelDeleted deleted && deleted.action() == DeleteAction.POST_DELETE) {
			Counter rows = Counter.builder("covet.relations.delete")
				.description("Rows deleted, cascades included")
				.baseUnit("rows")
				.tag("model", deleted.name())
				.register(this.registry);
			whenCommitted(() -> rows.increment(deleted.keys().size()));
		}
	}

	/**
	 * Counts a change once its transaction commits (at once outside one): a change rolled back, or vetoed by a
	 * listener, did not happen.
	 */
	private static void whenCommitted(Runnable count) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			count.run();
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				count.run();
			}
		});
	}

	private static String action(ManyToManyAction action) {
		return action.name().substring("POST_".length()).toLowerCase(java.util.Locale.ROOT);
	}
}
