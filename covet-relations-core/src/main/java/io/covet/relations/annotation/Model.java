package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as a model mapped to one table. Model scanning finds classes by this annotation;
 * registering a class explicitly works without it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Model {

	/** Table name; empty means the snake_case form of the simple class name ({@code BlogPost} → {@code blog_post}). */
	String table() default "";

	/**
	 * Namespace used by the content-type registry to build natural keys such as {@code "blog.post"};
	 * empty means the last segment of the package name.
	 */
	String namespace() default "";

	/** Default ordering of query sets over this model ({@code "-published"}, {@code "title"}). */
	String[] ordering() default {};
}
