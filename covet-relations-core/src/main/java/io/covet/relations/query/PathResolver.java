package io.covet.relations.query;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.exception.UnknownLookupException;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;

/**
 * Resolves {@code author__publisher__name__startswith}-style expressions against metadata. This is the allow-list:
 * a name that is not a field, relation or lookup of the model at that point is rejected with the valid choices,
 * and nothing the caller wrote ever reaches SQL text.
 */
final class PathResolver {

	private static final String SEPARATOR = "__";

	private PathResolver() {
	}

	/** A filter expression: relations, a field and an optional lookup (default {@code exact}). */
	static ResolvedPath lookup(ModelMeta<?> root, String expression) {
		return resolve(root, expression, true);
	}

	/** A field expression for ordering or {@code values()}: no lookup allowed. */
	static ResolvedPath field(ModelMeta<?> root, String expression) {
		return resolve(root, expression, false);
	}

	private static ResolvedPath resolve(ModelMeta<?> root, String expression, boolean allowLookup) {
		String[] parts = expression.split(SEPARATOR, -1);
		ModelMeta<?> current = root;
		List<Relation> relations = new ArrayList<>();
		FieldMeta field = null;
		Lookup lookup = Lookup.EXACT;
		for (int i = 0; i < parts.length; i++) {
			String part = parts[i];
			boolean last = i == parts.length - 1;
			if (field != null) {
				Lookup named = allowLookup ? Lookup.named(part) : null;
				if (named == null || !last) {
					throw new UnknownLookupException(current.name(), field.name(), part,
							allowLookup ? Lookup.namesFor(field.valueType()) : List.of());
				}
				lookup = named;
				continue;
			}
			if ("pk".equals(part)) {
				field = current.primaryKey();
				continue;
			}
			Relation relation = current.relation(part);
			while (relation == null && current.field(part) == null && current.parentLink() != null
					&& declaredAbove(current, part)) {
				// Inherited from the parent of a multi-table child: reach it through the parent link.
				relations.add(current.parentLink());
				current = current.linkedParent();
				relation = current.relation(part);
			}
			if (relation != null) {
				boolean endsHere = last || (allowLookup && isLookupAfter(relation, parts[i + 1]));
				if (endsHere) {
					if (relation instanceof ForeignKeyRelation foreignKey) {
						field = foreignKey.column();
					}
					else {
						relations.add(relation);
						current = relation.target();
						field = current.primaryKey();
					}
				}
				else {
					relations.add(relation);
					current = relation.target();
				}
				continue;
			}
			FieldMeta column = current.field(part);
			if (column == null) {
				throw new UnknownFieldException(current.name(), part, current.queryableNames());
			}
			field = column;
		}
		if (field == null) {
			throw new UnknownFieldException(root.name(), expression, root.queryableNames());
		}
		if (lookup.textOnly() && field.valueType() != String.class) {
			throw new UnknownLookupException(current.name(), field.name(), lookup.lookupName(),
					Lookup.namesFor(field.valueType()));
		}
		// author__id compares the foreign-key column itself: no join needed.
		if (!relations.isEmpty() && relations.get(relations.size() - 1) instanceof ForeignKeyRelation foreignKey
				&& field == foreignKey.targetField()) {
			relations.remove(relations.size() - 1);
			field = foreignKey.column();
		}
		return new ResolvedPath(List.copyOf(relations), field, lookup, expression);
	}

	/** Whether a name is a field or relation of an ancestor of a multi-table child. */
	private static boolean declaredAbove(ModelMeta<?> model, String name) {
		for (ModelMeta<?> parent = model.parent(); parent != null; parent = parent.parent()) {
			if (parent.field(name) != null || parent.relation(name) != null || "pk".equals(name)) {
				return !"pk".equals(name);
			}
		}
		return false;
	}

	private static boolean isLookupAfter(Relation relation, String next) {
		ModelMeta<?> target = relation.target();
		return Lookup.named(next) != null && target.field(next) == null && target.relation(next) == null
				&& !"pk".equals(next);
	}

	/** A relation-only expression for {@code selectRelated}/{@code prefetchRelated}. */
	static List<Relation> relations(ModelMeta<?> root, String expression) {
		ModelMeta<?> current = root;
		List<Relation> relations = new ArrayList<>();
		for (String part : expression.split(SEPARATOR, -1)) {
			Relation relation = current.relation(part);
			while (relation == null && current.parentLink() != null && declaredAbove(current, part)) {
				relations.add(current.parentLink());
				current = current.linkedParent();
				relation = current.relation(part);
			}
			if (relation == null) {
				throw new UnknownFieldException(current.name(), part, relationNames(current));
			}
			relations.add(relation);
			current = relation.target();
		}
		return relations;
	}

	/**
	 * A prefetch path: relations, possibly ending at a generic foreign key, which is returned ({@code null} when the
	 * path ends at a relation).
	 */
	static GenericForeignKeyMeta prefetchPath(ModelMeta<?> root, String expression) {
		int last = expression.lastIndexOf(SEPARATOR);
		ModelMeta<?> owner = root;
		if (last >= 0) {
			List<Relation> relations = relations(root, expression.substring(0, last));
			owner = relations.get(relations.size() - 1).target();
		}
		String name = last >= 0 ? expression.substring(last + SEPARATOR.length()) : expression;
		GenericForeignKeyMeta genericKey = owner.genericForeignKey(name);
		if (genericKey == null) {
			relations(owner, name);
		}
		return genericKey;
	}

	static List<String> relationNames(ModelMeta<?> model) {
		TreeSet<String> names = new TreeSet<>();
		model.forwardRelations().forEach(relation -> names.add(relation.name()));
		model.reverseRelations().forEach(relation -> names.add(relation.name()));
		model.manyToManyRelations().forEach(relation -> names.add(relation.name()));
		model.genericRelations().forEach(relation -> names.add(relation.name()));
		model.genericForeignKeys().forEach(key -> names.add(key.name()));
		names.removeIf(ModelMeta::isHidden);
		return List.copyOf(names);
	}
}
