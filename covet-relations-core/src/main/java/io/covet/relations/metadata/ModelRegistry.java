package io.covet.relations.metadata;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.UnknownModelException;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.relation.RelatedObject;

/**
 * The set of known models, read once and linked: every relation's target resolved, every reverse side attached
 * and checked for clashes. Building a registry is where misconfiguration surfaces, before any query runs.
 */
public final class ModelRegistry {

	private final Map<Class<?>, ModelMeta<?>> models;

	private ModelRegistry(Map<Class<?>, ModelMeta<?>> models) {
		this.models = Collections.unmodifiableMap(models);
	}

	public static ModelRegistry of(Class<?>... types) {
		return of(Arrays.asList(types));
	}

	/**
	 * Reads and links the given model classes.
	 * @throws ModelDefinitionException naming the class and field of the first problem found
	 */
	public static ModelRegistry of(Collection<Class<?>> types) {
		Map<Class<?>, ModelMeta<?>> models = new LinkedHashMap<>();
		Map<String, ModelMeta<?>> tables = new LinkedHashMap<>();
		for (Class<?> type : types) {
			if (models.containsKey(type)) {
				continue;
			}
			ModelMeta<?> meta = ModelIntrospector.introspect(type);
			ModelMeta<?> sameTable = tables.putIfAbsent(meta.table().toLowerCase(Locale.ROOT), meta);
			if (sameTable != null) {
				throw new ModelDefinitionException(type, null,
						"table '" + meta.table() + "' is already used by " + sameTable.type().getName());
			}
			models.put(type, meta);
		}
		for (ModelMeta<?> meta : models.values()) {
			for (ForeignKeyRelation relation : meta.forwardRelations()) {
				linkTarget(models, relation);
			}
		}
		for (ModelMeta<?> meta : models.values()) {
			for (ForeignKeyRelation relation : meta.forwardRelations()) {
				attachReverse(relation);
			}
		}
		for (ModelMeta<?> meta : models.values()) {
			checkAccessorFields(meta);
		}
		return new ModelRegistry(models);
	}

	private static void linkTarget(Map<Class<?>, ModelMeta<?>> models, ForeignKeyRelation relation) {
		ModelMeta<?> target = models.get(relation.targetType());
		if (target == null) {
			throw new ModelDefinitionException(relation.source().type(), relation.name(),
					"relation target " + relation.targetType().getName() + " is not a registered model");
		}
		FieldMeta targetField = target.primaryKey();
		if (!relation.toFieldName().isEmpty()) {
			targetField = target.field(relation.toFieldName());
			if (targetField == null || targetField.isForeignKey()) {
				throw new ModelDefinitionException(relation.source().type(), relation.name(), "toField '"
						+ relation.toFieldName() + "' is not a column of " + target.name());
			}
			if (!targetField.unique() && !targetField.primaryKey()) {
				throw new ModelDefinitionException(relation.source().type(), relation.name(), "toField '"
						+ relation.toFieldName() + "' of " + target.name() + " must be unique (@Column(unique = true))");
			}
		}
		relation.link(target, targetField);
		relation.column().resolveValueType(targetField.valueType());
	}

	private static void attachReverse(ForeignKeyRelation relation) {
		if ("+".equals(relation.relatedName())) {
			return;
		}
		ModelMeta<?> target = relation.target();
		String name = relation.relatedName();
		if (target.field(name) != null) {
			throw new ModelDefinitionException(relation.source().type(), relation.name(), "related name '" + name
					+ "' clashes with field " + target.name() + "." + name + "; choose another relatedName");
		}
		Relation existing = target.relation(name);
		if (existing != null) {
			throw new ModelDefinitionException(relation.source().type(), relation.name(),
					"reverse accessor " + target.name() + "." + name + " is also defined by " + describeOwner(existing)
							+ "; give one of them another relatedName");
		}
		ReverseRelation reverse = new ReverseRelation(relation);
		relation.setReverse(reverse);
		target.addReverse(reverse);
	}

	private static String describeOwner(Relation relation) {
		return (relation instanceof ReverseRelation reverse) ? reverse.forward().describe() : relation.describe();
	}

	private static void checkAccessorFields(ModelMeta<?> meta) {
		for (Map.Entry<String, Field> entry : meta.accessorFields().entrySet()) {
			Relation relation = meta.relation(entry.getKey());
			Class<?> fieldType = entry.getValue().getType();
			if (!(relation instanceof ReverseRelation reverse)) {
				throw new ModelDefinitionException(meta.type(), entry.getKey(), "no relation has relatedName = \""
						+ entry.getKey() + "\" towards " + meta.name() + ", so there is nothing to bind this accessor to");
			}
			Class<?> expected = (reverse.kind() == RelationKind.REVERSE_ONE_TO_ONE) ? RelatedObject.class
					: RelatedManager.class;
			if (fieldType != expected) {
				throw new ModelDefinitionException(meta.type(), entry.getKey(),
						"the reverse side of " + reverse.forward().describe() + " needs a field of type "
								+ expected.getSimpleName() + ", not " + fieldType.getSimpleName());
			}
		}
	}

	/** @throws UnknownModelException when the class was not registered */
	@SuppressWarnings("unchecked")
	public <T> ModelMeta<T> meta(Class<T> type) {
		ModelMeta<?> meta = this.models.get(type);
		if (meta == null) {
			throw new UnknownModelException(type);
		}
		return (ModelMeta<T>) meta;
	}

	/** Metadata for an instance's class. */
	@SuppressWarnings("unchecked")
	public <T> ModelMeta<T> metaOf(T instance) {
		return (ModelMeta<T>) meta(instance.getClass());
	}

	public boolean contains(Class<?> type) {
		return this.models.containsKey(type);
	}

	public Collection<ModelMeta<?>> models() {
		return this.models.values();
	}
}
