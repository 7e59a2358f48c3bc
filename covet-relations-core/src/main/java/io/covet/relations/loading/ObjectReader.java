package io.covet.relations.loading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;

/**
 * Reads model instances from result-set columns: plain values through the dialect, foreign keys as unloaded
 * {@link Ref}s that can only be fetched explicitly, reverse accessors bound to the instance.
 */
public final class ObjectReader {

	private final CovetContext context;

	public ObjectReader(CovetContext context) {
		this.context = context;
	}

	/**
	 * Reads one instance whose columns start at {@code offset} (1-based) in the model's field order; {@code null}
	 * when the key column is NULL (an outer join that matched nothing).
	 */
	public <T> T read(ModelMeta<T> model, ResultSet rs, int offset) throws SQLException {
		Dialect dialect = this.context.dialect();
		List<FieldMeta> fields = model.fields();
		FieldMeta pk = fields.get(0);
		Object key = dialect.read(rs, offset, pk.valueType());
		if (key == null) {
			return null;
		}
		T instance = model.newInstance();
		pk.set(instance, key);
		for (int i = 1; i < fields.size(); i++) {
			FieldMeta field = fields.get(i);
			Object value = dialect.read(rs, offset + i, field.valueType());
			if (field.isForeignKey()) {
				field.set(instance, Ref.unloaded(value, this.context.resolver(field.relation())));
			}
			else {
				field.set(instance, value);
			}
		}
		for (GenericForeignKeyMeta generic : model.genericForeignKeys()) {
			Ref<?> contentType = (Ref<?>) generic.contentTypeField().get(instance);
			generic.set(instance, GenericRef.unloaded(contentType == null ? null : contentType.id(),
					generic.idField().get(instance), this.context.genericResolver(generic)));
		}
		this.context.bindAccessors(model, instance);
		return instance;
	}
}
