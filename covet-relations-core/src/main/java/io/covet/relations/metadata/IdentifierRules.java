package io.covet.relations.metadata;

import io.covet.relations.exception.ModelDefinitionException;

/**
 * Checks every table and column name of a registry against the {@link IdentifierLimit} of the database it will
 * run on, once the dialect is known. Declared names (and the defaults derived from one class or field name, which
 * an annotation can override) that do not fit are refused, naming the model, the field and the limit; names the
 * library composes are already {@linkplain Naming#composed shortened} to fit and are checked too, as a guard.
 */
public final class IdentifierRules {

	private IdentifierRules() {
	}

	/**
	 * @param database the database's name for messages, e.g. {@code postgresql}
	 * @throws ModelDefinitionException for the first name the database would truncate or refuse
	 */
	public static void check(ModelRegistry registry, IdentifierLimit limit, String database) {
		for (ModelMeta<?> model : registry.models()) {
			if (model.type() == AutoThroughRow.class) {
				continue; // checked below, with the many-to-many it belongs to
			}
			if (!model.sharesTable()) {
				require(limit, database, model.type(), null, model.table());
			}
			for (FieldMeta field : model.fields()) {
				if (field.model() == model && !field.isComputed()) {
					require(limit, database, model.type(), field.name(), field.column());
				}
			}
			for (ManyToManySide side : model.manyToManyRelations()) {
				if (side instanceof ManyToManyRelation relation && relation.source() == model && relation.isAutoCreated()) {
					require(limit, database, model.type(), relation.name(), relation.through().table());
					for (FieldMeta field : relation.through().fields()) {
						require(limit, database, model.type(), relation.name(), field.column());
					}
				}
			}
		}
	}

	private static void require(IdentifierLimit limit, String database, Class<?> type, String field, String identifier) {
		String problem = limit.problem(identifier, database);
		if (problem != null) {
			throw new ModelDefinitionException(type, field, problem);
		}
	}
}
