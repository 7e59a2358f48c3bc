package io.covet.relations.event;

/** The moments of a many-to-many change, as Django's {@code m2m_changed} names them. */
public enum ManyToManyAction {

	PRE_ADD, POST_ADD, PRE_REMOVE, POST_REMOVE, PRE_CLEAR, POST_CLEAR;

	/** Django's name: {@code pre_add}, ... */
	public String signalName() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
