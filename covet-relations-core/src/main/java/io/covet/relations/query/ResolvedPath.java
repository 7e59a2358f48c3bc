package io.covet.relations.query;

import java.util.ArrayList;
import java.util.List;

import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.JoinStep;
import io.covet.relations.metadata.Relation;

/**
 * A lookup expression resolved against metadata: the relations it crosses, the column it ends on and the lookup.
 *
 * @param relations relations crossed, in order
 * @param field column compared, on the last relation's target (or the root)
 * @param lookup the comparison
 * @param expression the original text, for messages
 */
record ResolvedPath(List<Relation> relations, FieldMeta field, Lookup lookup, String expression) {

	/** Join steps of all relations crossed. */
	List<JoinStep> steps() {
		List<JoinStep> steps = new ArrayList<>();
		for (Relation relation : this.relations) {
			steps.addAll(relation.path());
		}
		return steps;
	}
}
