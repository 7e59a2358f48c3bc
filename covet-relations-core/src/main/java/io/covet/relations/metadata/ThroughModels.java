package io.covet.relations.metadata;

import java.util.List;
import java.util.Map;

import io.covet.relations.exception.ModelDefinitionException;

/**
 * Finds the through model of each many-to-many while the registry links its models: the two foreign keys of a
 * declared through model (one per side, or both to the same model for a relation to itself), or a derived one.
 * Every mistake is a {@link ModelDefinitionException} that names the relation.
 */
final class ThroughModels {

	private ThroughModels() {
	}

	/**
	 * Links a many-to-many to its target and its through model: the declared one, whose two foreign keys are found by
	 * {@code throughFields} or, failing that, by their targets; else one derived from the relation. Returns the
	 * derived through model, which the caller registers, or {@code null} for a declared one.
	 */
	static ModelMeta<?> link(Map<Class<?>, ModelMeta<?>> models, ManyToManyRelation relation) {
		Class<?> owner = relation.source().type();
		ModelMeta<?> target = models.get(relation.targetType());
		if (target == null) {
			throw new ModelDefinitionException(owner, relation.name(),
					"relation target " + relation.targetType().getName() + " is not a registered model");
		}
		if (relation.isAutoCreated()) {
			ModelMeta<?> through = DerivedThroughModel.build(relation, target);
			List<ForeignKeyRelation> keys = List.copyOf(through.forwardRelations());
			relation.link(target, through, keys.get(0), keys.get(1));
			return through;
		}
		ModelMeta<?> through = models.get(relation.throughType());
		if (through == null) {
			throw new ModelDefinitionException(owner, relation.name(),
					"through model " + relation.throughType().getName() + " is not a registered model");
		}
		ForeignKeyRelation sourceKey;
		ForeignKeyRelation targetKey;
		if (!relation.throughFields().isEmpty()) {
			sourceKey = throughKey(relation, through, relation.throughFields().get(0), relation.source());
			targetKey = throughKey(relation, through, relation.throughFields().get(1), target);
		}
		else {
			List<ForeignKeyRelation> toSource = keysTo(through, relation.source());
			List<ForeignKeyRelation> toTarget = keysTo(through, target);
			if (relation.source() == target) {
				if (toSource.size() != 2) {
					throw ambiguous(relation, through, toSource.size());
				}
				sourceKey = toSource.get(0);
				targetKey = toSource.get(1);
			}
			else {
				if (toSource.size() != 1) {
					throw ambiguous(relation, through, toSource.size());
				}
				if (toTarget.size() != 1) {
					throw ambiguous(relation, through, toTarget.size());
				}
				sourceKey = toSource.get(0);
				targetKey = toTarget.get(0);
			}
		}
		through.addUniqueTogether(List.of(sourceKey.column(), targetKey.column()));
		relation.link(target, through, sourceKey, targetKey);
		return null;
	}

	private static ForeignKeyRelation throughKey(ManyToManyRelation relation, ModelMeta<?> through, String name,
			ModelMeta<?> expected) {
		Relation key = through.relation(name);
		if (!(key instanceof ForeignKeyRelation foreignKey) || foreignKey.target() != expected) {
			throw new ModelDefinitionException(relation.source().type(), relation.name(), "throughFields names '" + name
					+ "', which is not a foreign key of " + through.name() + " to " + expected.name());
		}
		return foreignKey;
	}

	private static List<ForeignKeyRelation> keysTo(ModelMeta<?> through, ModelMeta<?> target) {
		return through.forwardRelations().stream().filter(key -> key.target() == target).toList();
	}

	private static ModelDefinitionException ambiguous(ManyToManyRelation relation, ModelMeta<?> through, int found) {
		return new ModelDefinitionException(relation.source().type(), relation.name(), "through model " + through.name()
				+ " has " + found + " foreign keys where one per side is needed; name them with throughFields");
	}
}
