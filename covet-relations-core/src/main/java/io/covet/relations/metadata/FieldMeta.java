package io.covet.relations.metadata;

import java.lang.reflect.Field;

import io.covet.relations.annotation.Column;

import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.relation.Ref;

/**
 * One mapped column of a model: its Java field, column name and value type. For a foreign-key column the Java
 * field holds a {@link Ref} and the value type is the type of the referenced field.
 */
public final class FieldMeta {

	private final String name;

	private final String column;

	private Class<?> valueType;

	private final boolean nullable;

	private final boolean unique;

	private final boolean dbIndex;

	private final int length;

	private final boolean primaryKey;

	private final boolean generated;

	private final Field field;

	private ModelMeta<?> model;

	private ForeignKeyRelation relation;

	private boolean parentLink;

	private java.util.function.Function<Object, Object> computed;

	FieldMeta(String name, String column, Class<?> valueType, boolean nullable, boolean unique, boolean dbIndex,
			int length, boolean primaryKey, boolean generated, Field field) {
		this.name = name;
		this.column = column;
		this.valueType = valueType;
		this.nullable = nullable;
		this.unique = unique;
		this.dbIndex = dbIndex;
		this.length = length;
		this.primaryKey = primaryKey;
		this.generated = generated;
		this.field = field;
	}

	/** A column without a Java field whose value is computed from the instance (a discriminator). */
	static FieldMeta computed(String column, java.util.function.Function<Object, Object> value, int length) {
		FieldMeta field = new FieldMeta(column, column, String.class, false, false, true, length, false, false, null);
		field.computed = value;
		return field;
	}

	/** Marks the key of a multi-table child: a foreign key whose Java field holds the key itself, not a Ref. */
	void markParentLink() {
		this.parentLink = true;
	}

	/** Whether this is the key of a multi-table child pointing at its parent's row. */
	public boolean isParentLink() {
		return this.parentLink;
	}

	/**
	 * Whether the Java field holds a {@link io.covet.relations.relation.Ref}: every foreign key but a parent link,
	 * which holds the child's own key. Readers resolve and prefetches set references only in such fields.
	 */
	public boolean holdsRef() {
		return isForeignKey() && !this.parentLink;
	}

	/** Whether this column has no Java field (a discriminator). */
	public boolean isComputed() {
		return this.computed != null;
	}

	/** The class that declares the Java field, to know whether an instance has it; {@code null} when computed. */
	public Class<?> declaringClass() {
		return this.field == null ? null : this.field.getDeclaringClass();
	}

	void resolveValueType(Class<?> type) {
		this.valueType = type;
	}

	void attach(ModelMeta<?> model, ForeignKeyRelation relation) {
		this.model = model;
		this.relation = relation;
	}

	/** Java field name, used in lookups. */
	public String name() {
		return this.name;
	}

	/** Unquoted column name. */
	public String column() {
		return this.column;
	}

	/** Java type of the column's values, boxed. */
	public Class<?> valueType() {
		return this.valueType;
	}

	/**
	 * Total digits of a {@code BigDecimal} column: {@code @Column(precision)}, else 38. A foreign-key column takes the
	 * referenced column's (its own field is a {@code Ref}, which declares none), so that it holds every key the target
	 * holds, in the same form: a wider scale would read {@code 1.5000000000} back where the target reads
	 * {@code 1.50}, and a narrower one would round keys.
	 */
	public int precision() {
		Column declared = declared();
		if (declared != null && declared.precision() > 0) {
			return declared.precision();
		}
		FieldMeta target = referencedField();
		return (target != null) ? target.precision() : 38;
	}

	/**
	 * Digits after the point of a {@code BigDecimal} column: {@code @Column(scale)}, else 10 (at most the precision);
	 * a foreign-key column takes the referenced column's, as for {@link #precision()}.
	 */
	public int scale() {
		Column declared = declared();
		if (declared != null && declared.scale() >= 0) {
			return declared.scale();
		}
		FieldMeta target = referencedField();
		return (target != null) ? target.scale() : Math.min(10, precision());
	}

	private Column declared() {
		return (this.field != null) ? this.field.getAnnotation(Column.class) : null;
	}

	/** The column a foreign key references, whose type its own column copies; {@code null} for other columns. */
	private FieldMeta referencedField() {
		return (this.relation != null && this.relation.targetField() != null) ? this.relation.targetField() : null;
	}

	/** Whether the column accepts NULL. */
	public boolean nullable() {
		return this.nullable;
	}

	/** Whether the column carries a unique constraint. */
	public boolean unique() {
		return this.unique;
	}

	/** Whether the schema gives the column an index of its own (foreign keys get one). */
	public boolean dbIndex() {
		return this.dbIndex;
	}

	/**
	 * Declared text length; 0 when not declared. A foreign-key column without its own takes the referenced column's,
	 * so that every key the target holds fits (a {@code @Column(length = 300)} text key).
	 */
	public int length() {
		FieldMeta target = referencedField();
		return (this.length == 0 && target != null) ? target.length() : this.length;
	}

	/** Whether this is the model's primary key. */
	public boolean primaryKey() {
		return this.primaryKey;
	}

	/** Whether the database generates the value on insert. */
	public boolean generated() {
		return this.generated;
	}

	/** The model declaring the field. */
	public ModelMeta<?> model() {
		return this.model;
	}

	/** Whether the Java field is primitive (and so can never hold NULL). */
	public boolean primitive() {
		return this.field != null && this.field.getType().isPrimitive();
	}

	/** The relation when this column is a foreign key, else {@code null}. */
	public ForeignKeyRelation relation() {
		return this.relation;
	}

	/** Whether the column is a foreign key: {@link #relation()} is then set. */
	public boolean isForeignKey() {
		return this.relation != null;
	}

	/** Raw Java field value (a {@link Ref} for foreign keys). */
	public Object get(Object instance) {
		if (this.computed != null) {
			return this.computed.apply(instance);
		}
		try {
			return this.field.get(instance);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Sets the raw Java field value; {@code null} on a primitive field leaves it unchanged. */
	public void set(Object instance, Object value) {
		if (this.computed != null) {
			return;
		}
		if (value == null && this.field.getType().isPrimitive()) {
			return;
		}
		try {
			this.field.set(instance, value);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * The value to store in the column. For a foreign key, the referenced key, read from the target when the
	 * reference was built from an object.
	 * @throws UnsavedInstanceException when a foreign key refers to an object that has not been saved
	 */
	public Object columnValue(Object instance) {
		Object raw = get(instance);
		if (this.relation == null || raw == null || this.parentLink) {
			return raw;
		}
		Ref<?> ref = (Ref<?>) raw;
		if (ref.hasExplicitId() || ref.isNull()) {
			return ref.id();
		}
		Object target = ref.loadedTarget();
		Object key = this.relation.targetField().columnValue(target);
		if (key == null) {
			throw new UnsavedInstanceException("Cannot save " + this.model.name() + "." + this.name
					+ ": it refers to an unsaved " + this.relation.target().name() + "; save that object first");
		}
		return key;
	}

	/** {@code Model.field}, for messages. */
	public String describe() {
		return (this.model == null ? "?" : this.model.name()) + "." + this.name;
	}

	@Override
	public String toString() {
		return describe();
	}
}
