package io.covet.relations.sql;

/** What a statement does, for metrics and logs (a bounded tag value). */
public enum Operation {

	SELECT, INSERT, UPDATE, DELETE, DDL;

	/** Lower-case tag value. */
	public String tag() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
