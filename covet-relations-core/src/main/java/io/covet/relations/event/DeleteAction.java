package io.covet.relations.event;

/** The moments of a delete, as Django's {@code pre_delete}/{@code post_delete} signals name them. */
public enum DeleteAction {

	PRE_DELETE, POST_DELETE
}
