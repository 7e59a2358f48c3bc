package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a one-to-one relation on a field of type {@code Ref<Target>}: a foreign key with a UNIQUE constraint
 * whose reverse side is a single object rather than a set.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OneToOne {

	/** Name of the reverse accessor on the target; empty means the camelCase model name, {@code "+"} means none. */
	String relatedName() default "";

	/** What deleting the target does to the row holding this key. */
	OnDelete onDelete() default OnDelete.CASCADE;

	/** Value written by {@link OnDelete#SET}; converted to the key type. */
	String onDeleteValue() default "";

	/** Whether the column accepts NULL. */
	boolean nullable() default false;

	/** Field of the target that the column references; empty means the target's primary key. */
	String toField() default "";

	/** Column name; empty means the snake_case field name followed by {@code _id}. */
	String column() default "";
}
