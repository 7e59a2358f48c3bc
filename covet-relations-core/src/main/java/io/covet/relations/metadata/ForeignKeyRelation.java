package io.covet.relations.metadata;

import java.util.List;

import io.covet.relations.annotation.OnDelete;

/**
 * The forward side of a foreign key or one-to-one: {@code source.column → target.targetField}.
 */
public final class ForeignKeyRelation implements Relation {

	private final String name;

	private final RelationKind kind;

	private final ModelMeta<?> source;

	private final FieldMeta column;

	private final Class<?> targetType;

	private final String relatedName;

	private final OnDelete onDelete;

	private final String onDeleteValue;

	private final String toFieldName;

	private ModelMeta<?> target;

	private FieldMeta targetField;

	private ReverseRelation reverse;

	ForeignKeyRelation(String name, RelationKind kind, ModelMeta<?> source, FieldMeta column, Class<?> targetType,
			String relatedName, OnDelete onDelete, String onDeleteValue, String toFieldName) {
		this.name = name;
		this.kind = kind;
		this.source = source;
		this.column = column;
		this.targetType = targetType;
		this.relatedName = relatedName;
		this.onDelete = onDelete;
		this.onDeleteValue = onDeleteValue;
		this.toFieldName = toFieldName;
	}

	void link(ModelMeta<?> target, FieldMeta targetField) {
		this.target = target;
		this.targetField = targetField;
	}

	void setReverse(ReverseRelation reverse) {
		this.reverse = reverse;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public ModelMeta<?> source() {
		return this.source;
	}

	@Override
	public ModelMeta<?> target() {
		return this.target;
	}

	@Override
	public RelationKind kind() {
		return this.kind;
	}

	@Override
	public List<JoinStep> path() {
		return List.of(new JoinStep(this.source, this.column, this.target, this.targetField));
	}

	/** The column on the source that holds the key. */
	public FieldMeta column() {
		return this.column;
	}

	/** The field of the target that the column references: the primary key unless {@code toField} was set. */
	public FieldMeta targetField() {
		return this.targetField;
	}

	/** The class the foreign key points at, known before the registry resolves it to a model. */
	public Class<?> targetType() {
		return this.targetType;
	}

	String toFieldName() {
		return this.toFieldName;
	}

	/** Related name as declared or defaulted; {@code "+"} when there is no reverse side. */
	public String relatedName() {
		return this.relatedName;
	}

	/** The reverse side, or {@code null} when declared with {@code relatedName = "+"}. */
	public ReverseRelation reverse() {
		return this.reverse;
	}

	/** What deleting the target does to the rows that reference it. */
	public OnDelete onDelete() {
		return this.onDelete;
	}

	/** The value {@code SET} writes, as declared in {@code @ForeignKey(onDeleteValue)}. */
	public String onDeleteValue() {
		return this.onDeleteValue;
	}

	/** Whether the column accepts NULL: needed for {@code SET_NULL}, and for a reference that may be empty. */
	public boolean isNullable() {
		return this.column.nullable();
	}

	@Override
	public String toString() {
		return describe() + " -> " + (this.target == null ? this.targetType.getSimpleName() : this.target.name());
	}
}
