package io.covet.relations.autoconfigure;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.apache.commons.logging.LogFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.util.ClassUtils;

import io.covet.relations.CovetRelations;
import io.covet.relations.autoconfigure.repository.CovetRepositoriesRegistrar;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.dialect.DialectResolver;
import io.covet.relations.event.RelationEventListener;
import io.covet.relations.observation.OperationObserver;
import io.covet.relations.observation.StatementListener;

/**
 * Auto-configuration of Covet Relations: detects the dialect from the {@code DataSource}, scans {@code @Model}
 * classes, and exposes a {@link CovetRelations} that shares the application's transactions. Every bean backs off
 * when the application defines its own. The {@code CovetRelations} made here needs a single {@code DataSource} (or a
 * primary one); the repositories, events and initializers need only a {@code CovetRelations}, the application's own
 * included.
 */
@AutoConfiguration(after = { DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class },
		afterName = "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration")
@ConditionalOnClass({ CovetRelations.class, DataSource.class })
@EnableConfigurationProperties(CovetRelationsProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class CovetRelationsAutoConfiguration {

	/** The {@code CovetRelations} over the application's {@code DataSource}, and what it is built from. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnSingleCandidate(DataSource.class)
	@Order(1)
	static class RelationsConfiguration {

		/** The named dialect ({@code covet.relations.dialect}) or the detected one; both check a connection. */
		@Bean
		@ConditionalOnMissingBean
		Dialect covetDialect(DataSource dataSource, CovetRelationsProperties properties) {
			String configured = properties.getDialect();
			if (configured == null || configured.isBlank()) {
				return DialectResolver.resolve(dataSource);
			}
			Dialect dialect = DialectResolver.forName(configured);
			new JdbcTemplate(dataSource).execute((ConnectionCallback<Void>) connection -> {
				dialect.verifyConnection(connection);
				warnOnOtherDatabase(configured, connection.getMetaData().getDatabaseProductName());
				return null;
			});
			return dialect;
		}

		/**
		 * A named dialect is honoured (it may be named to generate another database's DDL), but one that is not the
		 * connected database's is most likely a mistake worth a line in the log.
		 */
		private static void warnOnOtherDatabase(String configured, String product) {
			String family = configured.strip().toLowerCase(java.util.Locale.ROOT);
			String connected = (product == null) ? "" : product.toLowerCase(java.util.Locale.ROOT);
			boolean matches = switch (family) {
				case "mariadb", "mysql" -> connected.contains("mariadb") || connected.contains("mysql");
				case "postgres" -> connected.contains("postgresql");
				default -> connected.contains(family);
			};
			if (!matches) {
				LogFactory.getLog(CovetRelationsAutoConfiguration.class).warn("covet.relations.dialect=" + configured
						+ " but the DataSource connects to " + product + "; statements will be written for " + configured);
			}
		}

		@Bean
		@ConditionalOnMissingBean
		CovetModels covetModels(BeanFactory beanFactory, CovetRelationsProperties properties) {
			List<String> packages = new ArrayList<>(properties.getModelPackages());
			if (packages.isEmpty() && AutoConfigurationPackages.has(beanFactory)) {
				packages.addAll(AutoConfigurationPackages.get(beanFactory));
			}
			ClassLoader classLoader = (beanFactory instanceof ConfigurableBeanFactory configurable)
					? configurable.getBeanClassLoader() : ClassUtils.getDefaultClassLoader();
			List<Class<?>> types = new ModelScanner(classLoader).scan(packages);
			if (types.isEmpty()) {
				// Not an error (an application may add models later), but a misspelt package would look the same.
				LogFactory.getLog(CovetRelationsAutoConfiguration.class)
					.warn("No @Model classes found in " + packages + "; set covet.relations.model-packages");
			}
			return new CovetModels(types);
		}

		@Bean
		@ConditionalOnMissingBean
		CovetRelations covetRelations(DataSource dataSource, Dialect dialect, CovetModels models,
				CovetRelationsProperties properties, ObjectProvider<PlatformTransactionManager> transactionManager,
				ObjectProvider<StatementListener> listeners, ObjectProvider<RelationEventListener> eventListeners,
				ObjectProvider<OperationObserver> operationObservers) {
			CovetRelations.Builder builder = CovetRelations.builder(dataSource)
				.models(models.types())
				.dialect(dialect)
				.strictLoading(properties.isStrictLoading())
				.inListChunkSize(properties.getInListChunkSize())
				.logStatements(properties.isLogStatements());
			PlatformTransactionManager shared = transactionManager.getIfUnique();
			if (shared != null) {
				builder.transactionManager(shared);
			}
			listeners.orderedStream().forEach(builder::statementListener);
			eventListeners.orderedStream().forEach(builder::eventListener);
			operationObservers.orderedStream().forEach(builder::operationObserver);
			return builder.build();
		}

		/** Creates the missing tables of the models above, before any {@code CovetRelations} is handed out. */
		@Bean
		@ConditionalOnMissingBean
		@Conditional(OnSchemaAutoCreateCondition.class)
		MissingTablesInitializer covetMissingTablesInitializer(DataSource dataSource, Dialect dialect,
				CovetModels models) {
			return new MissingTablesInitializer(dataSource, dialect, models.types());
		}
	}

	/** What every {@code CovetRelations} gets: repositories, Spring events and content types. */
	@Configuration(proxyBeanMethods = false)
	@ConditionalOnBean(CovetRelations.class)
	@Import(CovetRepositoriesRegistrar.class)
	@Order(2)
	static class RelationsServicesConfiguration {

		/** Gives every registered model its content-type row at startup, once the schema is in place. */
		@Bean
		@ConditionalOnMissingBean
		ContentTypesInitializer covetContentTypesInitializer(CovetRelations relations) {
			return new ContentTypesInitializer(relations);
		}

		@Bean
		@ConditionalOnMissingBean
		ApplicationEventBridge covetApplicationEventBridge(ApplicationEventPublisher publisher) {
			return new ApplicationEventBridge(publisher);
		}
	}
}
