package io.covet.relations.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;
import org.springframework.core.Ordered;

/**
 * Declares {@link MissingTablesInitializer} a database initializer: beans that depend on database initialization wait
 * for it, and it runs after Flyway and SQL scripts, whose tables it then leaves alone.
 */
class MissingTablesInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

	@Override
	protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
		return Set.of(MissingTablesInitializer.class);
	}

	/** After Spring Boot's SQL scripts ({@code Ordered.LOWEST_PRECEDENCE - 100}) and Flyway. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE - 50;
	}
}
