package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Makes a model the root of a hierarchy of models. Subclasses annotated with {@link Model} are then stored in the
 * root's table with a discriminator column ({@link Strategy#SINGLE_TABLE}), or each in a table of its own whose key
 * is a one-to-one key to the parent's row ({@link Strategy#JOINED}). Fields of plain (unannotated) abstract
 * superclasses are inherited without any of this: that is an abstract base.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Inheritance {

	Strategy value() default Strategy.SINGLE_TABLE;

	/** The discriminator column of a single-table hierarchy. */
	String discriminatorColumn() default "kind";

	/** How a hierarchy is stored. */
	enum Strategy {

		/** One table for the hierarchy; a discriminator column says which class a row is. */
		SINGLE_TABLE,

		/** A table per class; a child's key is a one-to-one key to its parent's row (Django's multi-table). */
		JOINED
	}
}
