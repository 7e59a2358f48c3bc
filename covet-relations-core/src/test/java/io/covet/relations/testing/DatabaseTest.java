package io.covet.relations.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that runs once on each database (SQLite, PostgreSQL, MariaDB), each run named after its database. The
 * method takes a {@link TestDatabase}; the test class names its models with {@link Models}. Each test class gets its
 * own schema (PostgreSQL), database (MariaDB) or file (SQLite); rows are removed before every test.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@TestTemplate
@ExtendWith(DatabaseExtension.class)
public @interface DatabaseTest {
}
