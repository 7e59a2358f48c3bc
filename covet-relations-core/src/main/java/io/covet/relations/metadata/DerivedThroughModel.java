package io.covet.relations.metadata;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;

import io.covet.relations.annotation.OnDelete;

/**
 * Builds the through model of a many-to-many declared without {@code through}: table {@code <source>_<field>}, a
 * generated key, one foreign key per side ({@code post_id}, {@code tag_id}; {@code from_user_id}, {@code to_user_id}
 * for a self-relation), both cascading and indexed, and a UNIQUE pair. The table and column names are composed, so
 * they are {@linkplain Naming#composed shortened} when long.
 */
final class DerivedThroughModel {

	private DerivedThroughModel() {
	}

	static ModelMeta<AutoThroughRow> build(ManyToManyRelation relation, ModelMeta<?> target) {
		ModelMeta<?> source = relation.source();
		String table = relation.table().isEmpty()
				? Naming.composed(source.table() + "_" + Naming.snakeCase(relation.name())) : relation.table();
		Identifiers.validate(source.type(), relation.name(), table);
		boolean self = source == target;
		String sourceName = (self ? "from_" : "") + Naming.snakeCase(source.name());
		String targetName = (self ? "to_" : "") + Naming.snakeCase(target.name());
		FieldMeta id = new FieldMeta("id", "id", Long.class, false, true, false, 0, true, true, field("id"));
		FieldMeta sourceColumn = new FieldMeta(sourceName, Naming.composed(sourceName + "_id"), Object.class, false, false,
				true, 0, false, false, field("source"));
		FieldMeta targetColumn = new FieldMeta(targetName, Naming.composed(targetName + "_id"), Object.class, false, false,
				true, 0, false, false, field("target"));
		ModelMeta<AutoThroughRow> meta = new ModelMeta<>(AutoThroughRow.class, source.name() + "_" + relation.name(), table,
				source.namespace(), id, List.of(id, sourceColumn, targetColumn), Map.of(), Map.of(), constructor());
		id.attach(meta, null);
		meta.addForward(key(meta, sourceColumn, source, table));
		meta.addForward(key(meta, targetColumn, target, table));
		meta.addUniqueTogether(List.of(sourceColumn, targetColumn));
		return meta;
	}

	private static ForeignKeyRelation key(ModelMeta<AutoThroughRow> meta, FieldMeta column, ModelMeta<?> target,
			String table) {
		// The reverse side exists for the deletion collector but is hidden from lookups.
		ForeignKeyRelation relation = new ForeignKeyRelation(column.name(), RelationKind.FOREIGN_KEY, meta, column,
				target.type(), "+" + table + "." + column.name(), OnDelete.CASCADE, "", "");
		column.attach(meta, relation);
		relation.link(target, target.primaryKey());
		column.resolveValueType(target.primaryKey().valueType());
		return relation;
	}

	private static Field field(String name) {
		try {
			Field field = AutoThroughRow.class.getDeclaredField(name);
			field.setAccessible(true);
			return field;
		}
		catch (NoSuchFieldException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Constructor<AutoThroughRow> constructor() {
		try {
			Constructor<AutoThroughRow> constructor = AutoThroughRow.class.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor;
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
