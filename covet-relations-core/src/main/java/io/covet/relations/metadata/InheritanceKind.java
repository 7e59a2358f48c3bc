package io.covet.relations.metadata;

/** How a model relates to the model it extends, if any. */
public enum InheritanceKind {

	/** Not a subclass of another model (abstract bases do not count). */
	ROOT,

	/** A proxy: the parent's table and columns, its own behaviour. */
	PROXY,

	/** A class of a single-table hierarchy other than its root. */
	SINGLE_TABLE,

	/** A class of a multi-table hierarchy other than its root: its own table, keyed by its parent's key. */
	JOINED
}
