package io.covet.relations.query;

import io.covet.relations.contenttype.ContentType;
import io.covet.relations.metadata.JoinStep;
import io.covet.relations.metadata.JoinStep.GenericCondition;
import io.covet.relations.sql.SqlBuilder;

/**
 * The condition that joins one step: {@code to.column = from.column}, and for a generic relation the content type
 * too, looked up by natural key in a subquery (so no content-type id has to be known when the SQL is built).
 */
final class JoinConditions {

	private JoinConditions() {
	}

	static void render(SqlBuilder sql, JoinStep step, String fromAlias, String toAlias) {
		GenericCondition generic = step.generic();
		sql.column(toAlias, step.toField().column()).sql(" = ");
		if (generic != null && generic.keyAsText()) {
			sql.sql("CAST(").column(fromAlias, step.fromField().column()).sql(" AS ").sql(sql.dialect().textCastType()).sql(")");
		}
		else {
			sql.column(fromAlias, step.fromField().column());
		}
		if (generic != null) {
			sql.sql(" AND ");
			renderContentType(sql, generic, toAlias);
		}
	}

	/** The generic relation's half of the condition: the referencing row's content type is the one it names. */
	static void renderContentType(SqlBuilder sql, GenericCondition generic, String toAlias) {
		sql.column(toAlias, generic.contentTypeColumn().column())
			.sql(" = (SELECT ct.")
			.id("id")
			.sql(" FROM ")
			.id(contentTypeTable())
			.sql(" ct WHERE ct.")
			.id("namespace")
			.sql(" = ")
			.param(generic.namespace(), String.class)
			.sql(" AND ct.")
			.id("model")
			.sql(" = ")
			.param(generic.model(), String.class)
			.sql(")");
	}

	private static String contentTypeTable() {
		return ContentType.class.getAnnotation(io.covet.relations.annotation.Model.class).table();
	}
}
