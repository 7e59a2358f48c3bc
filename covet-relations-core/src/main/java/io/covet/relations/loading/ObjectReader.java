package io.covet.relations.loading;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.ModelMeta;

/**
 * Reads model instances from result-set columns through one {@link ModelReader} per model, built on first use and
 * kept; callers reading many rows take the {@link #readerFor reader} once and use it for every row.
 */
public final class ObjectReader {

	private final CovetContext context;

	private final Map<ModelMeta<?>, ModelReader<?>> readers = new ConcurrentHashMap<>();

	/** Creates the reader of one context; readers per model are built on first use. */
	public ObjectReader(CovetContext context) {
		this.context = context;
	}

	/** The reader of a model's rows. */
	@SuppressWarnings("unchecked")
	public <T> ModelReader<T> readerFor(ModelMeta<T> model) {
		return (ModelReader<T>) this.readers.computeIfAbsent(model, m -> new ModelReader<>(this.context, m));
	}
}
