package io.covet.relations.manager;

import io.covet.relations.exception.StrictLoadingException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.GenericKeys;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.relation.GenericResolver;

/** Serves {@code GenericRef.fetch()}: one query on the model the content type names; refused in strict mode. */
public final class GenericRefResolver implements GenericResolver {

	private final CovetContext context;

	private final GenericForeignKeyMeta key;

	/** Creates the resolver of one generic key; the context keeps one per key. */
	public GenericRefResolver(CovetContext context, GenericForeignKeyMeta key) {
		this.context = context;
		this.key = key;
	}

	@Override
	public Object resolve(Object contentTypeId, Object objectId) {
		if (this.context.strictLoading()) {
			throw new StrictLoadingException(this.key.describe(),
					"add prefetchRelated(\"" + this.key.name() + "\") to the query that loaded it");
		}
		ModelMeta<?> model = this.context.contentTypes().modelFor(contentTypeId);
		Object modelKey = GenericKeys.toModelKey(model, objectId);
		if (modelKey == null) {
			return null;
		}
		return this.context.everyRow(model).filter("pk", modelKey).first().orElse(null);
	}

	@Override
	public String relationName() {
		return this.key.describe();
	}

	@Override
	public String fieldName() {
		return this.key.name();
	}
}
