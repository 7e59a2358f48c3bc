package io.covet.relations.metadata;

import java.lang.reflect.Field;
import java.util.Locale;

/**
 * A generic foreign key of a model: the {@code GenericRef} field and the two columns that carry it.
 */
public final class GenericForeignKeyMeta {

	private final String name;

	private final Field field;

	private final String contentTypeFieldName;

	private final String idFieldName;

	private ModelMeta<?> model;

	private FieldMeta contentTypeField;

	private FieldMeta idField;

	GenericForeignKeyMeta(String name, Field field, String contentTypeFieldName, String idFieldName) {
		this.name = name;
		this.field = field;
		this.contentTypeFieldName = contentTypeFieldName;
		this.idFieldName = idFieldName;
	}

	void link(ModelMeta<?> model, FieldMeta contentTypeField, FieldMeta idField) {
		this.model = model;
		this.contentTypeField = contentTypeField;
		this.idField = idField;
	}

	public String name() {
		return this.name;
	}

	public ModelMeta<?> model() {
		return this.model;
	}

	/** The foreign key to the content type. */
	public FieldMeta contentTypeField() {
		return this.contentTypeField;
	}

	/** The column holding the referenced object's key. */
	public FieldMeta idField() {
		return this.idField;
	}

	String contentTypeFieldName() {
		return this.contentTypeFieldName;
	}

	String idFieldName() {
		return this.idFieldName;
	}

	public Object get(Object instance) {
		try {
			return this.field.get(instance);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public void set(Object instance, Object value) {
		try {
			this.field.set(instance, value);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** {@code Model.field}, for messages. */
	public String describe() {
		return (this.model == null ? "?" : this.model.name()) + "." + this.name;
	}

	/** The model name part of a model's natural key ({@code post}). */
	public static String modelKey(ModelMeta<?> model) {
		return model.name().toLowerCase(Locale.ROOT);
	}
}
