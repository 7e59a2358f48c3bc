package io.covet.relations.loading;

import java.sql.ResultSet;
import java.sql.SQLException;
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

	public ObjectReader(CovetContext context) {
		this.context = context;
	}

	/** The reader of a model's rows. */
	@SuppressWarnings("unchecked")
	public <T> ModelReader<T> readerFor(ModelMeta<T> model) {
		return (ModelReader<T>) this.readers.computeIfAbsent(model, m -> new ModelReader<>(this.context, m));
	}

	/**
	 * Reads one instance whose columns start at {@code offset} (1-based) in the model's field order; {@code null}
	 * when the key column is NULL (an outer join that matched nothing).
	 */
	public <T> T read(ModelMeta<T> model, ResultSet rs, int offset) throws SQLException {
		return readerFor(model).read(rs, offset);
	}
}
