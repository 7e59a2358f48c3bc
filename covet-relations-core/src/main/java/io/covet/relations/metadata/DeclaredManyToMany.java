package io.covet.relations.metadata;

import java.lang.reflect.Field;
import java.util.List;

import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.exception.ModelDefinitionException;

/**
 * A {@code @ManyToMany} field as its class declares it, before linking finds the target's metadata and the through
 * model.
 *
 * @param name the field's name
 * @param target the class the {@code ManyRelatedManager<Target>} names
 * @param relatedName the reverse side's name on the target
 * @param through the custom through model, or {@code void.class} for an automatic one
 * @param throughFields the through model's keys to the source and the target, or none
 * @param symmetrical whether a link counts in both directions (friends)
 * @param table the automatic through table's name, or empty for the derived one
 */
record DeclaredManyToMany(String name, Class<?> target, String relatedName, Class<?> through,
		List<String> throughFields, boolean symmetrical, String table) {

	static DeclaredManyToMany read(Class<?> type, Field field) {
		ManyToMany annotation = field.getAnnotation(ManyToMany.class);
		Class<?> target = DeclaredFields.typeArgument(type, field, "ManyRelatedManager<Target>");
		List<String> throughFields = List.of(annotation.throughFields());
		if (!throughFields.isEmpty() && throughFields.size() != 2) {
			throw new ModelDefinitionException(type, field.getName(),
					"throughFields names two fields: the key to the source, then the key to the target");
		}
		if (!annotation.table().isEmpty()) {
			Identifiers.validate(type, field.getName(), annotation.table());
		}
		// Declared on an abstract base, the reverse side is named per concrete class: "{class}s" -> "notes".
		String relatedName = (annotation.relatedName().isEmpty() ? Naming.lowerCamel(type.getSimpleName()) + "Set"
				: annotation.relatedName()).replace("{class}", Naming.lowerCamel(type.getSimpleName()));
		return new DeclaredManyToMany(field.getName(), target, relatedName, annotation.through(), throughFields,
				annotation.symmetrical(), annotation.table());
	}

	/** The relation on its model. */
	ManyToManyRelation on(ModelMeta<?> model) {
		return new ManyToManyRelation(this.name, model, this.target, this.relatedName, this.through, this.throughFields,
				this.symmetrical, this.table);
	}
}
