package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a model with a self-referencing foreign key as a tree and chooses how it is encoded. Every strategy keeps
 * the parent key; materialized path adds {@code path} (text) and {@code depth} (int) fields, nested sets add
 * {@code lft}, {@code rgt} and {@code depth} (int) fields, which the model must declare.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Tree {

	/** The encoding. */
	TreeStrategy value() default TreeStrategy.ADJACENCY_LIST;

	/** The self-referencing foreign key. */
	String parent() default "parent";

	/** Deepest level a recursive read follows before it reports cyclic or runaway data. */
	int depthGuard() default 10_000;

	/** How a tree is stored. */
	enum TreeStrategy {

		/** Only the parent key; reads use recursive queries. Cheapest writes. */
		ADJACENCY_LIST,

		/** Parent key plus the path of ancestor keys ({@code /1/5/23/}); subtree reads are one prefix match. */
		MATERIALIZED_PATH,

		/** Parent key plus nested-set bounds; subtree reads are one range match, writes shift bounds. */
		NESTED_SET
	}
}
