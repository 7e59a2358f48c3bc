package io.covet.relations.dialect;

/** Where a pattern lookup anchors its text. */
public enum PatternKind {

	CONTAINS, STARTS_WITH, ENDS_WITH
}
