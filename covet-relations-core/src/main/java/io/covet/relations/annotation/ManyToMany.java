package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a many-to-many relation on a field of type {@code ManyRelatedManager<Target>}. Without {@link #through()}
 * an intermediate table is derived from metadata ({@code post_tags} with {@code post_id}, {@code tag_id}, a UNIQUE
 * pair and both columns indexed); with it, a registered model holding two foreign keys carries the pairs and any
 * extra columns.
 *
 * <pre>{@code
 * @ManyToMany(relatedName = "posts")
 * private ManyRelatedManager<Tag> tags = ManyRelatedManager.unbound();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ManyToMany {

	/** Name of the reverse accessor on the target; empty means {@code <model>Set}, {@code "+"} means none. */
	String relatedName() default "";

	/** Model carrying the pairs (with extra columns); {@code void.class} for a derived table. */
	Class<?> through() default void.class;

	/**
	 * Names of the through model's foreign keys to the source and to the target, in that order; needed when the
	 * through model has more than one foreign key to the same model.
	 */
	String[] throughFields() default {};

	/**
	 * For a relation from a model to itself: whether it is mutual (friends), so that adding b to a's relation also
	 * adds a to b's, in one statement. Ignored for relations between different models.
	 */
	boolean symmetrical() default true;

	/** Name of the derived table; empty means {@code <source table>_<field>}. */
	String table() default "";
}
