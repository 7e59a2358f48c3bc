package io.covet.relations.autoconfigure.observation;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import io.covet.relations.observation.OperationObserver;
import io.covet.relations.observation.OperationScope;
import io.covet.relations.observation.RelationOperation;

/**
 * Turns the core's operation hook into Micrometer observations. Each operation's observation is opened as the
 * current one while it runs, so that nested operations (the add inside a {@code set(..., clear)}) and anything the
 * application observes meanwhile become its children in a trace.
 */
public class ObservationOperationObserver implements OperationObserver {

	private final ObservationRegistry registry;

	private final PrefetchObservationConvention prefetchConvention;

	private final DeleteObservationConvention deleteConvention;

	private final ManyToManyObservationConvention manyToManyConvention;

	/** Observer with the default conventions. */
	public ObservationOperationObserver(ObservationRegistry registry) {
		this(registry, null, null, null);
	}

	/**
	 * Observer whose conventions replace the defaults where given.
	 * @param registry where observations go
	 * @param prefetchConvention convention for prefetch levels, or {@code null} for the default
	 * @param deleteConvention convention for deletes, or {@code null} for the default
	 * @param manyToManyConvention convention for many-to-many changes, or {@code null} for the default
	 */
	public ObservationOperationObserver(ObservationRegistry registry, PrefetchObservationConvention prefetchConvention,
			DeleteObservationConvention deleteConvention, ManyToManyObservationConvention manyToManyConvention) {
		this.registry = registry;
		this.prefetchConvention = prefetchConvention;
		this.deleteConvention = deleteConvention;
		this.manyToManyConvention = manyToManyConvention;
	}

	@Override
	public OperationScope start(RelationOperation operation) {
		OperationObservationContext<?> context;
		Observation observation;
		if (operation instanceof RelationOperation.Prefetch prefetch) {
			PrefetchObservationContext prefetchContext = new PrefetchObservationContext(prefetch);
			context = prefetchContext;
			observation = RelationsObservationDocumentation.PREFETCH.observation(this.prefetchConvention,
					new DefaultPrefetchObservationConvention(), () -> prefetchContext, this.registry);
		}
		else if (operation instanceof RelationOperation.Delete delete) {
			DeleteObservationContext deleteContext = new DeleteObservationContext(delete);
			context = deleteContext;
			observation = RelationsObservationDocumentation.DELETE.observation(this.deleteConvention,
					new DefaultDeleteObservationConvention(), () -> deleteContext, this.registry);
		}
		else {
			ManyToManyObservationContext manyToManyContext = new ManyToManyObservationContext(
					(RelationOperation.ManyToMany) operation);
			context = manyToManyContext;
			observation = RelationsObservationDocumentation.MANY_TO_MANY.observation(this.manyToManyConvention,
					new DefaultManyToManyObservationConvention(), () -> manyToManyContext, this.registry);
		}
		return new Running(observation.start(), context);
	}

	/** An observation started and made current; {@link #stop()} restores the previous one. */
	private static final class Running implements OperationScope {

		private final Observation observation;

		private final Observation.Scope scope;

		private final OperationObservationContext<?> context;

		Running(Observation observation, OperationObservationContext<?> context) {
			this.observation = observation;
			this.scope = observation.openScope();
			this.context = context;
		}

		@Override
		public void rows(long rows) {
			this.context.setRows(rows);
		}

		@Override
		public void error(Throwable failure) {
			this.observation.error(failure);
		}

		@Override
		public void stop() {
			this.scope.close();
			this.observation.stop();
		}
	}
}
