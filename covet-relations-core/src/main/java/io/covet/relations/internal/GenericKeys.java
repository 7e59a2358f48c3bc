package io.covet.relations.internal;

import java.util.UUID;

import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;

/** Converts keys between a model's key type and the column of a generic foreign key that stores them. */
public final class GenericKeys {

	private GenericKeys() {
	}

	/** A target key as the generic key column stores it (text, or a number in an integer column). */
	public static Object toStored(GenericForeignKeyMeta key, Object targetKey) {
		Class<?> type = key.idField().valueType();
		if (type == String.class) {
			return targetKey.toString();
		}
		if (targetKey instanceof Number number) {
			if (type != Integer.class) {
				return number.longValue();
			}
			long value = number.longValue();
			if (value != (int) value) {
				// Truncated, it would name another object of the same model.
				throw new InvalidValueException(key.describe() + " stores keys in " + key.idField().describe()
						+ " (Integer), which cannot hold the key " + targetKey + "; use a Long or String column");
			}
			return (int) value;
		}
		throw new InvalidValueException(key.describe() + " stores keys in " + key.idField().describe() + " ("
				+ type.getSimpleName() + "), which cannot hold the " + targetKey.getClass().getSimpleName() + " key "
				+ targetKey + "; use a String column");
	}

	/** A stored key converted back to the key type of the model it refers to; {@code null} if it cannot be one. */
	public static Object toModelKey(ModelMeta<?> model, Object stored) {
		if (stored == null) {
			return null;
		}
		try {
			return parseKey(model.primaryKey().valueType(), stored.toString());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Text (a stored generic key, a declared {@code onDeleteValue}) as a key of the given type.
	 * @throws IllegalArgumentException when the text is not such a key
	 */
	public static Object parseKey(Class<?> type, String text) {
		if (type == Long.class) {
			return Long.valueOf(text);
		}
		if (type == Integer.class) {
			return Integer.valueOf(text);
		}
		if (type == UUID.class) {
			return UUID.fromString(text);
		}
		return text;
	}
}
