package io.covet.relations.loading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.exception.InvalidValueException;
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
	@SuppressWarnings("unchecked")
	public <T> T read(ModelMeta<T> model, ResultSet rs, int offset) throws SQLException {
		Dialect dialect = this.context.dialect();
		List<FieldMeta> fields = model.selectFields();
		FieldMeta pk = fields.get(0);
		Object key = dialect.read(rs, offset, pk.valueType());
		if (key == null) {
			return null;
		}
		ModelMeta<?> concrete = model;
		FieldMeta discriminator = model.discriminator();
		if (discriminator != null) {
			String value = rs.getString(offset + fields.indexOf(discriminator));
			concrete = model.modelForDiscriminator(value);
			if (concrete == null || !model.type().isAssignableFrom(concrete.type())) {
				throw new InvalidValueException("Unknown discriminator value '" + value + "' in " + model.table() + "."
						+ discriminator.column() + " for " + model.name() + "; known values: " + model.discriminatorValues());
			}
		}
		T instance = (T) concrete.newInstance();
		int next = readInto(instance, fields, rs, offset);
		for (ModelMeta<?> parent = model; parent.parentLink() != null; ) {
			parent = parent.parent();
			next = readInto(instance, parent.selectFields(), rs, next);
		}
		for (ModelMeta<?> owner = concrete; owner != null; owner = owner.parentLink() != null ? owner.parent() : null) {
			for (GenericForeignKeyMeta generic : owner.genericForeignKeys()) {
				Ref<?> contentType = (Ref<?>) generic.contentTypeField().get(instance);
				generic.set(instance, GenericRef.unloaded(contentType == null ? null : contentType.id(),
						generic.idField().get(instance), this.context.genericResolver(generic)));
			}
		}
		this.context.bindAccessors(concrete, instance);
		return instance;
	}

	/** Reads the columns of {@code fields} the instance's class has; returns the offset after them. */
	private int readInto(Object instance, List<FieldMeta> fields, ResultSet rs, int offset) throws SQLException {
		Dialect dialect = this.context.dialect();
		for (int i = 0; i < fields.size(); i++) {
			FieldMeta field = fields.get(i);
			if (field.isComputed() || !field.declaringClass().isInstance(instance)) {
				continue;
			}
			Object value = dialect.read(rs, offset + i, field.valueType());
			if (field.isForeignKey() && !field.isParentLink()) {
				field.set(instance, Ref.unloaded(value, this.context.resolver(field.relation())));
			}
			else {
				field.set(instance, value);
			}
		}
		return offset + fields.size();
	}
}
