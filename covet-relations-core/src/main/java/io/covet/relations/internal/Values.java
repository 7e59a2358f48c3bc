package io.covet.relations.internal;

import java.math.BigDecimal;
import java.util.UUID;

import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.relation.Ref;

/**
 * Converts values given in lookups to a field's column type. Strict on purpose: a String where a Long key is
 * expected is an error, not a guess, so that mistakes surface before any SQL runs.
 */
public final class Values {

	private Values() {
	}

	/**
	 * The column value for a lookup value on a field. Instances of the referenced model stand for their key.
	 * @throws InvalidValueException for a value of the wrong type or an instance of the wrong model
	 * @throws UnsavedInstanceException for an instance without a key
	 */
	public static Object toColumnValue(FieldMeta field, Object value) {
		if (value == null) {
			return null;
		}
		if (value instanceof Ref<?> ref) {
			// A reference to an object stands for the column the key points at (a toField, not always the key).
			Object target = ref.loadedTarget();
			return toColumnValue(field, (target != null && field.relation() != null) ? target : ref.id());
		}
		ForeignKeyRelation relation = field.relation();
		if (relation != null && relation.target().type().isInstance(value)) {
			return keyOf(relation.target(), relation.targetField(), value, field.describe());
		}
		if (field.primaryKey() && field.model() != null && field.model().type().isInstance(value)) {
			return keyOf(field.model(), field, value, field.describe());
		}
		return convert(field, value);
	}

	/** The value of {@code keyField} on an instance of {@code model}, refusing unsaved instances. */
	public static Object keyOf(ModelMeta<?> model, FieldMeta keyField, Object instance, String usedFor) {
		Object key = keyField.primaryKey() ? model.primaryKeyValue(instance) : keyField.get(instance);
		if (key == null) {
			throw new UnsavedInstanceException(
					"Unsaved " + model.name() + " instance used for " + usedFor + "; save it before using it in a query");
		}
		return key;
	}

	private static Object convert(FieldMeta field, Object value) {
		Class<?> type = field.valueType();
		if (type.isInstance(value)) {
			return value;
		}
		if (type == Long.class && (value instanceof Integer || value instanceof Short || value instanceof Byte)) {
			return ((Number) value).longValue();
		}
		if (type == Integer.class && (value instanceof Short || value instanceof Byte)) {
			return ((Number) value).intValue();
		}
		if (type == Integer.class && value instanceof Long number && number == number.intValue()) {
			return number.intValue();
		}
		if (type == Double.class && value instanceof Number number) {
			return number.doubleValue();
		}
		if (type == Float.class && value instanceof Number number) {
			return number.floatValue();
		}
		if (type == BigDecimal.class && value instanceof Number number) {
			return new BigDecimal(number.toString());
		}
		if (type == UUID.class && value instanceof String text) {
			try {
				return UUID.fromString(text);
			}
			catch (IllegalArgumentException ex) {
				throw invalid(field, value);
			}
		}
		if (type.isEnum() && value instanceof String text) {
			for (Object constant : type.getEnumConstants()) {
				if (((Enum<?>) constant).name().equals(text)) {
					return constant;
				}
			}
		}
		throw invalid(field, value);
	}

	private static InvalidValueException invalid(FieldMeta field, Object value) {
		String expected = field.isForeignKey()
				? field.valueType().getSimpleName() + " key or a " + field.relation().target().name() + " instance"
				: field.valueType().getSimpleName();
		return new InvalidValueException("Field " + field.describe() + " expects " + expected + ", got "
				+ value.getClass().getSimpleName() + " '" + value + "'");
	}
}
