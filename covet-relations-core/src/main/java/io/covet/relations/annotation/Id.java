package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the primary-key field. {@code Long}, {@code Integer}, {@code String} and {@code UUID} keys are supported;
 * numeric keys are database-generated unless {@link #generated()} is false, other keys are always assigned.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Id {

	/** Whether the database generates the key on insert. Ignored for {@code String} and {@code UUID} keys. */
	boolean generated() default true;

	/** Column name; empty means the snake_case form of the field name. */
	String column() default "";
}
