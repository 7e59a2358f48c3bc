package io.covet.relations.metadata;

import java.lang.reflect.Field;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.relation.Ref;

/**
 * A foreign key or one-to-one field as its class declares it, before linking: the target is a class whose key type
 * (and so the column's value type) is known only once every model has been read.
 *
 * @param column the key's column, typed {@code Object} until linking
 * @param kind foreign key or one-to-one
 * @param target the class the {@code Ref<Target>} names
 * @param relatedName the reverse side's name on the target
 * @param onDelete what deleting the target does to this row
 * @param onDeleteValue the value for {@link OnDelete#SET}
 * @param toField the target field the key references, empty for its key
 */
record DeclaredRelation(FieldMeta column, RelationKind kind, Class<?> target, String relatedName, OnDelete onDelete,
		String onDeleteValue, String toField) {

	/** Reads a {@code Ref} field annotated with {@code @ForeignKey} or {@code @OneToOne} (exactly one of them). */
	static DeclaredRelation read(Class<?> type, Field field, ForeignKey foreignKey, OneToOne oneToOne) {
		if (foreignKey != null && oneToOne != null) {
			throw new ModelDefinitionException(type, field.getName(), "use either @ForeignKey or @OneToOne, not both");
		}
		if (field.getType() != Ref.class) {
			throw new ModelDefinitionException(type, field.getName(), "a relation field must have type Ref<Target>, not "
					+ field.getGenericType().getTypeName());
		}
		if (foreignKey == null && oneToOne == null) {
			throw new ModelDefinitionException(type, field.getName(),
					"a Ref field needs @ForeignKey or @OneToOne to say how it relates");
		}
		Class<?> target = DeclaredFields.typeArgument(type, field, "Ref<Target>");
		boolean isForeignKey = foreignKey != null;
		RelationKind kind = isForeignKey ? RelationKind.FOREIGN_KEY : RelationKind.ONE_TO_ONE;
		String declaredName = isForeignKey ? foreignKey.relatedName() : oneToOne.relatedName();
		String defaultName = Naming.lowerCamel(type.getSimpleName()) + (isForeignKey ? "Set" : "");
		// Relations declared on an abstract base name their reverse side per concrete class: "{class}s" -> "notes".
		String relatedName = (declaredName.isEmpty() ? defaultName : declaredName).replace("{class}",
				Naming.lowerCamel(type.getSimpleName()));
		OnDelete onDelete = isForeignKey ? foreignKey.onDelete() : oneToOne.onDelete();
		String onDeleteValue = isForeignKey ? foreignKey.onDeleteValue() : oneToOne.onDeleteValue();
		boolean nullable = isForeignKey ? foreignKey.nullable() : oneToOne.nullable();
		if (onDelete == OnDelete.SET_NULL && !nullable) {
			throw new ModelDefinitionException(type, field.getName(),
					"onDelete = SET_NULL needs a nullable foreign key; add nullable = true");
		}
		if (onDelete == OnDelete.SET && onDeleteValue.isEmpty()) {
			throw new ModelDefinitionException(type, field.getName(), "onDelete = SET needs onDeleteValue");
		}
		String columnName = isForeignKey ? foreignKey.column() : oneToOne.column();
		if (columnName.isEmpty()) {
			columnName = Naming.snakeCase(field.getName()) + "_id";
		}
		Identifiers.validate(type, field.getName(), columnName);
		boolean index = isForeignKey && foreignKey.dbIndex();
		// The value type is only known after linking (the target's key type); Object until then.
		FieldMeta column = new FieldMeta(field.getName(), columnName, Object.class, nullable,
				kind == RelationKind.ONE_TO_ONE, index, 0, false, false, field);
		return new DeclaredRelation(column, kind, target, relatedName, onDelete, onDeleteValue,
				isForeignKey ? foreignKey.toField() : oneToOne.toField());
	}

	/** The relation on its model, its column attached to it. */
	ForeignKeyRelation attachTo(ModelMeta<?> model) {
		ForeignKeyRelation relation = new ForeignKeyRelation(this.column.name(), this.kind, model, this.column,
				this.target, this.relatedName, this.onDelete, this.onDeleteValue, this.toField);
		this.column.attach(model, relation);
		return relation;
	}
}
