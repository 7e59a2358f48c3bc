package io.covet.relations.autoconfigure.repository;

import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;

/**
 * Resolves a property as a repository method's name spells it ({@code notebookTitle}, {@code notebook_Title}) to a
 * lookup path ({@code notebook__title}) by the model's metadata rather than by Java bean properties: a
 * {@code Ref<Notebook>} field has no {@code title} property, yet {@code findByNotebookTitle} is what a user writes.
 * Every relation a filter can cross is followed: foreign keys, reverse keys, many-to-many, generic relations and the
 * fields of multi-table parents.
 */
final class PropertyPaths {

	/**
	 * A resolved path, with the type of the column it ends at ({@code null} when it ends at a relation) and the model
	 * of the relation it ends at ({@code null} when it ends at a column).
	 */
	record Resolved(String path, Class<?> valueType, ModelMeta<?> target) {

		boolean isText() {
			return this.valueType == String.class;
		}
	}

	private PropertyPaths() {
	}

	/**
	 * The lookup path of {@code property} on {@code model}, or {@code null} when no field or relation matches. The
	 * camel-case words are matched as Spring Data does, the longest relation name first; an underscore ends a step
	 * for sure, and the words between two underscores may again name several ({@code posts_TagsName} is
	 * {@code posts__tags__name}).
	 */
	static Resolved resolve(ModelMeta<?> model, String property) {
		return property.contains("_") ? explicit(model, property.split("_")) : search(model, property);
	}

	private static Resolved explicit(ModelMeta<?> model, String[] segments) {
		StringBuilder path = new StringBuilder();
		ModelMeta<?> current = model;
		for (int i = 0; i < segments.length - 1; i++) {
			Resolved step = search(current, segments[i]);
			if (step == null || step.target() == null) {
				return null;
			}
			current = step.target();
			path.append(step.path()).append("__");
		}
		Resolved last = search(current, segments[segments.length - 1]);
		return (last != null) ? new Resolved(path + last.path(), last.valueType(), last.target()) : null;
	}

	private static Resolved search(ModelMeta<?> model, String property) {
		Resolved whole = named(model, uncapitalize(property));
		if (whole != null) {
			return whole;
		}
		for (int split = property.length() - 1; split > 0; split--) {
			if (!Character.isUpperCase(property.charAt(split))) {
				continue;
			}
			String head = uncapitalize(property.substring(0, split));
			ModelMeta<?> target = relationTarget(model, head);
			Resolved rest = (target != null) ? search(target, property.substring(split)) : null;
			if (rest != null) {
				return new Resolved(head + "__" + rest.path(), rest.valueType(), rest.target());
			}
		}
		return null;
	}

	/** A field or relation of the model, or of one of its multi-table parents, by its Java name. */
	private static Resolved named(ModelMeta<?> model, String name) {
		if (name.isEmpty()) {
			return null;
		}
		for (ModelMeta<?> owner : model.withParents()) {
			FieldMeta field = owner.field(name);
			Relation relation = owner.relation(name);
			if (field != null && field.name().equals(name)) {
				return field.isForeignKey() ? new Resolved(name, null, relation == null ? null : relation.target())
						: new Resolved(name, field.valueType(), null);
			}
			if (relation != null) {
				return new Resolved(name, null, relation.target());
			}
		}
		return null;
	}

	private static ModelMeta<?> relationTarget(ModelMeta<?> model, String name) {
		for (ModelMeta<?> owner : model.withParents()) {
			Relation relation = owner.relation(name);
			if (relation != null) {
				return relation.target();
			}
		}
		return null;
	}

	private static String uncapitalize(String text) {
		return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
	}
}
