package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The reverse side of a {@link GenericForeignKey}, on a field of type {@code RelatedManager<Related>}: the objects
 * of {@link #value()} whose generic key points at this one ({@code post.comments()}). Deleting this object deletes
 * them, as in Django.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GenericRelation {

	/** The model holding the generic foreign key. */
	Class<?> value();

	/** Name of its {@code GenericRef} field; empty when it has exactly one. */
	String field() default "";
}
