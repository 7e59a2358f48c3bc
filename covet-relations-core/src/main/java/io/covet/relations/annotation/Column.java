package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Optional details for a mapped field. Every non-static, non-transient field of a model is mapped
 * whether or not it carries this annotation.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Column {

	/** Column name; empty means the snake_case form of the field name. */
	String name() default "";

	/** Whether the column accepts NULL. Primitive fields are never nullable. */
	boolean nullable() default true;

	/** Whether the column carries a UNIQUE constraint. */
	boolean unique() default false;

	/** Whether schema creation adds an index on the column. */
	boolean dbIndex() default false;

	/** Maximum length of a text column; 0 means the dialect's default for the type. */
	int length() default 0;

	/**
	 * Total digits of a {@code BigDecimal} column (Django's {@code max_digits}), 1 to 65; 0 means 38. The database
	 * rounds a value to {@link #scale()} digits after the point; SQLite keeps about 15 significant digits whatever is
	 * declared.
	 */
	int precision() default 0;

	/** Digits after the point of a {@code BigDecimal} column (Django's {@code decimal_places}); -1 means 10. */
	int scale() default -1;
}
