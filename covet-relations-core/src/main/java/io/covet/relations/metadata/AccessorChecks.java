package io.covet.relations.metadata;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.relation.RelatedObject;

/**
 * Registration's checks of reverse accessors, Django's system checks for related names among them: names that
 * lookups can reach and that no inherited name hides, and accessor fields of the right type for their relation.
 * Each refusal is a {@link ModelDefinitionException} naming the field to change.
 */
final class AccessorChecks {

	private AccessorChecks() {
	}

	/** A related name lookups can reach: not split by {@code __} into two steps, not hidden by the {@code pk} alias. */
	static void relatedNameIsUsable(ModelMeta<?> source, String field, String name) {
		if (name.contains("__")) {
			throw new ModelDefinitionException(source.type(), field, "related name '" + name
					+ "' contains '__', which lookups read as a step to the next relation; choose another relatedName");
		}
		if (name.equals("pk")) {
			throw new ModelDefinitionException(source.type(), field,
					"related name 'pk' is the primary-key alias of every model; choose another relatedName");
		}
	}

	/**
	 * A multi-table child's instances carry its parents' fields and reverse accessors too, so a relation pointing at
	 * the child may not take one of their names (Django's fields.E302 and E304 count inherited names): lookups on the
	 * child would reach one where the other was meant.
	 */
	static void namesInheritedByJoinedChildren(Collection<ModelMeta<?>> models) {
		for (ModelMeta<?> child : models) {
			List<ModelMeta<?>> parents = child.withParents().subList(1, child.withParents().size());
			List<Relation> pointingAtChild = new ArrayList<>(child.reverseRelations());
			child.manyToManyRelations()
				.stream()
				.filter(ReverseManyToManyRelation.class::isInstance)
				.forEach(pointingAtChild::add);
			for (Relation relation : pointingAtChild) {
				for (ModelMeta<?> parent : parents) {
					Relation inherited = parent.relation(relation.name());
					if (parent.field(relation.name()) == null && (inherited == null || inherited == relation)) {
						continue;
					}
					Relation declared = (relation instanceof ReverseRelation reverse) ? reverse.forward()
							: ((ReverseManyToManyRelation) relation).declaration();
					throw new ModelDefinitionException(declared.source().type(), declared.name(),
							"related name '" + relation.name() + "' clashes with " + parent.name() + "." + relation.name()
									+ ", which " + child.name() + " inherits; choose another relatedName");
				}
			}
		}
	}

	/** Every accessor field of a model belongs to a relation towards it and has the type that relation needs. */
	static void accessorFields(ModelMeta<?> meta) {
		for (Map.Entry<String, Field> entry : meta.accessorFields().entrySet()) {
			Relation relation = meta.relation(entry.getKey());
			Class<?> fieldType = entry.getValue().getType();
			if (relation instanceof GenericRelationMeta) {
				continue;
			}
			if (relation instanceof ManyToManySide side) {
				if (fieldType != ManyRelatedManager.class) {
					throw new ModelDefinitionException(meta.type(), entry.getKey(), "the many-to-many "
							+ relation.describe() + " needs a field of type ManyRelatedManager, not " + fieldType.getSimpleName());
				}
				typeArgument(meta, entry.getValue(), side.target());
				continue;
			}
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
			typeArgument(meta, entry.getValue(), reverse.target());
		}
	}

	/**
	 * An accessor's type argument must accept the related model's instances ({@code RelatedManager<Book>}, or a
	 * supertype of {@code Book}): its rows are built as such, and another argument would fail with a
	 * {@code ClassCastException} where they are used.
	 */
	private static void typeArgument(ModelMeta<?> meta, Field accessor, ModelMeta<?> related) {
		if (!(accessor.getGenericType() instanceof ParameterizedType generic)
				|| !(generic.getActualTypeArguments()[0] instanceof Class<?> declared)
				|| declared.isAssignableFrom(related.type())) {
			return;
		}
		String manager = accessor.getType().getSimpleName();
		throw new ModelDefinitionException(meta.type(), accessor.getName(),
				"holds " + related.name() + " instances, so it must be a " + manager + "<" + related.type().getSimpleName()
						+ ">, not " + manager + "<" + declared.getSimpleName() + ">");
	}
}
