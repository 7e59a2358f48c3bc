package io.covet.relations.autoconfigure.endpoint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;

import io.covet.relations.CovetRelations;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.contenttype.ContentTypes;
import io.covet.relations.metadata.AutoThroughRow;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.GenericRelationMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ManyToManyRelation;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ReverseRelation;
import io.covet.relations.tree.TreeMeta;

/**
 * {@code /actuator/relations}: the model graph as JSON — every model with its table, columns and relations (kind,
 * target, related name, on_delete) — what to look at before a delete cascades.
 */
@Endpoint(id = "relations")
public class RelationsEndpoint {

	private final CovetRelations relations;

	/** Creates the endpoint over the application's {@code CovetRelations}. */
	public RelationsEndpoint(CovetRelations relations) {
		this.relations = relations;
	}

	/** The dialect, whether strict loading is on, and every registered model with its table, columns and relations. */
	@ReadOperation
	public Map<String, Object> relations() {
		Map<String, Object> models = new LinkedHashMap<>();
		for (ModelMeta<?> model : this.relations.registry().models()) {
			models.put(model.name(), describe(model));
		}
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("dialect", this.relations.dialect().name());
		result.put("strictLoading", this.relations.isStrictLoading());
		result.put("models", models);
		return result;
	}

	private Map<String, Object> describe(ModelMeta<?> model) {
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("class", model.type().getName());
		description.put("table", model.table());
		description.put("primaryKey", model.primaryKey().column());
		if (model.parent() != null) {
			Map<String, Object> inheritance = new LinkedHashMap<>();
			inheritance.put("kind", model.inheritance().name().toLowerCase(java.util.Locale.ROOT));
			inheritance.put("parent", model.parent().name());
			if (model.discriminatorValue() != null) {
				inheritance.put("discriminator", model.discriminator().column() + "=" + model.discriminatorValue());
			}
			description.put("inheritance", inheritance);
		}
		else if (model.discriminator() != null) {
			description.put("inheritance", Map.of("kind", "single_table_root", "discriminator",
					model.discriminator().column() + "=" + model.discriminatorValue()));
		}
		TreeMeta tree = TreeMeta.of(model);
		if (tree != null) {
			description.put("tree", tree.strategy().name().toLowerCase(java.util.Locale.ROOT));
		}
		if (model.type() != AutoThroughRow.class) {
			description.put("naturalKey", ContentTypes.naturalKey(model));
			if (this.relations.registry().contains(ContentType.class)) {
				this.relations.context().contentTypes().existingId(model).ifPresent(id -> description.put("contentTypeId", id));
			}
		}
		List<String> columns = new ArrayList<>();
		for (FieldMeta field : model.fields()) {
			columns.add(field.column());
		}
		description.put("columns", columns);
		List<Map<String, Object>> relations = new ArrayList<>();
		for (ForeignKeyRelation key : model.forwardRelations()) {
			Map<String, Object> relation = relation(key.name(), key.kind().name(), key.target());
			relation.put("column", key.column().column());
			relation.put("relatedName", key.relatedName());
			relation.put("onDelete", key.onDelete().name());
			relation.put("nullable", key.isNullable());
			relations.add(relation);
		}
		for (ReverseRelation reverse : model.reverseRelations()) {
			if (!ModelMeta.isHidden(reverse.name())) {
				Map<String, Object> relation = relation(reverse.name(), reverse.kind().name(), reverse.target());
				relation.put("via", reverse.forward().describe());
				relations.add(relation);
			}
		}
		for (GenericRelationMeta generic : model.genericRelations()) {
			Map<String, Object> relation = relation(generic.name(), generic.kind().name(), generic.target());
			relation.put("via", generic.key().describe());
			relation.put("onDelete", "CASCADE");
			relations.add(relation);
		}
		for (GenericForeignKeyMeta key : model.genericForeignKeys()) {
			Map<String, Object> relation = new LinkedHashMap<>();
			relation.put("name", key.name());
			relation.put("kind", "generic_foreign_key");
			relation.put("columns", List.of(key.contentTypeField().column(), key.idField().column()));
			relations.add(relation);
		}
		for (ManyToManySide side : model.manyToManyRelations()) {
			Map<String, Object> relation = relation(side.name(), side.kind().name(), side.target());
			relation.put("through", side.through().table());
			if (side instanceof ManyToManyRelation declared) {
				relation.put("symmetrical", declared.isSymmetrical());
				relation.put("relatedName", declared.relatedName());
			}
			relations.add(relation);
		}
		description.put("relations", relations);
		return description;
	}

	private static Map<String, Object> relation(String name, String kind, ModelMeta<?> target) {
		Map<String, Object> relation = new LinkedHashMap<>();
		relation.put("name", name);
		relation.put("kind", kind.toLowerCase(java.util.Locale.ROOT));
		relation.put("target", target.name());
		return relation;
	}
}
