package io.covet.relations.manager;

import io.covet.relations.exception.StrictLoadingException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.relation.RefResolver;

/** Serves {@code Ref.fetch()} for one relation: one query by key, refused in strict loading mode. */
public final class ForwardRefResolver<T> implements RefResolver<T> {

	private final CovetContext context;

	private final ForeignKeyRelation relation;

	/** Creates the resolver of one relation; the context keeps one per relation. */
	public ForwardRefResolver(CovetContext context, ForeignKeyRelation relation) {
		this.context = context;
		this.relation = relation;
	}

	@Override
	@SuppressWarnings("unchecked")
	public T resolve(Object id) {
		if (this.context.strictLoading()) {
			throw new StrictLoadingException(this.relation.describe(), "add selectRelated(\"" + this.relation.name()
					+ "\") or prefetchRelated(\"" + this.relation.name() + "\") to the query that loaded it");
		}
		return (T) this.context.everyRow(this.relation.target()).get(this.relation.targetField().name(), id);
	}

	@Override
	public String relationName() {
		return this.relation.describe();
	}

	@Override
	public String fieldName() {
		return this.relation.name();
	}
}
