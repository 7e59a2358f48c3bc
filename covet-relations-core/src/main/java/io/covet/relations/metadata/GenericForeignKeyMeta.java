package io.covet.relations.metadata;

import java.lang.reflect.Field;
import java.util.Locale;

import io.covet.relations.relation.Ref;

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

	/** The field's name, used in {@code prefetchRelated}. */
	public String name() {
		return this.name;
	}

	/** The model declaring the generic foreign key. */
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

	/** The content type id an instance's content-type column holds, {@code null} when it holds none. */
	public Object contentTypeId(Object instance) {
		Ref<?> contentType = (Ref<?>) this.contentTypeField.get(instance);
		return (contentType == null) ? null : contentType.id();
	}

	/** The instance's {@code GenericRef}, as the field holds it. */
	public Object get(Object instance) {
		try {
			return this.field.get(instance);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sets the instance's {@code GenericRef} field. */
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
