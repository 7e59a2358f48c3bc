package io.covet.relations.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The models a database test class registers; their tables are created once per class and database. */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Models {

	Class<?>[] value();

	/** Whether to create the tables from metadata (off for tests that create their own schema). */
	boolean createTables() default true;
}
