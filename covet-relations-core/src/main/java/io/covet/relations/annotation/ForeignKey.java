package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a many-to-one relation on a field of type {@code Ref<Target>}. The column holds the target's key
 * (or the value of {@link #toField()}); the reverse side is reachable from the target under {@link #relatedName()}.
 *
 * <pre>{@code
 * @ForeignKey(relatedName = "books", onDelete = OnDelete.CASCADE)
 * private Ref<Author> author;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ForeignKey {

	/**
	 * Name of the reverse accessor on the target; empty means {@code <model>Set} (Django's {@code book_set}),
	 * {@code "+"} means no reverse accessor. {@code {class}} stands for the declaring model's camelCase name, for
	 * relations declared on an abstract base ({@code "{class}s"}).
	 */
	String relatedName() default "";

	/** What deleting the target does to rows holding this key. */
	OnDelete onDelete() default OnDelete.CASCADE;

	/** Value written by {@link OnDelete#SET}; converted to the key type. */
	String onDeleteValue() default "";

	/** Whether the column accepts NULL. */
	boolean nullable() default false;

	/** Whether schema creation indexes the column (on by default, as every FK column should be). */
	boolean dbIndex() default true;

	/** Field of the target that the column references; empty means the target's primary key. The field must be unique. */
	String toField() default "";

	/** Column name; empty means the snake_case field name followed by {@code _id}. */
	String column() default "";
}
