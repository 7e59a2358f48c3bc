package io.covet.relations.autoconfigure;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

import io.covet.relations.CovetRelations;

/**
 * Makes every {@link CovetRelations} bean, and so the repositories, wait for database initialization (Flyway, SQL
 * scripts, {@link MissingTablesInitializer}), as Spring Boot makes a {@code JdbcTemplate} wait.
 */
class CovetRelationsDependsOnDatabaseInitializationDetector
		extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

	@Override
	protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
		return Set.of(CovetRelations.class);
	}
}
