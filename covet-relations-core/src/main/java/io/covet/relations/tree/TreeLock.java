package io.covet.relations.tree;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;

/**
 * A row per tree model that writers lock (with an UPDATE, which every database turns into a write lock: a row lock
 * on PostgreSQL and MariaDB, the database lock on SQLite) before changing path or nested-set columns, so that
 * concurrent inserts and moves of one tree run one after the other. Registered automatically with tree models.
 */
@Model(table = "covet_tree_lock", namespace = "covet")
public class TreeLock {

	@Id
	@Column(length = 190)
	private String name;

	private long version;

	protected TreeLock() {
	}

	TreeLock(String name) {
		this.name = name;
	}

	/** The tree this row locks, named by its model's table. */
	public String getName() {
		return this.name;
	}
}
