package io.covet.relations.testing;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import io.covet.relations.metadata.Naming;

/**
 * Runs each {@link DatabaseTest} once per {@link TestTarget}, preparing one isolated database per test class and
 * target (kept for the class, removed after it) and emptying its tables before each test.
 */
public final class DatabaseExtension implements TestTemplateInvocationContextProvider {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(DatabaseExtension.class);

	@Override
	public boolean supportsTestTemplate(ExtensionContext context) {
		return context.getTestMethod().map(method -> method.isAnnotationPresent(DatabaseTest.class)).orElse(false);
	}

	@Override
	public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
		return TestTarget.selected().stream().map(Invocation::new);
	}

	private static PreparedDatabase prepared(ExtensionContext context, TestTarget target) {
		ExtensionContext classContext = context.getParent().flatMap(ExtensionContext::getParent).orElseThrow();
		Class<?> testClass = context.getRequiredTestClass();
		return classContext.getStore(NAMESPACE)
			.computeIfAbsent(target, t -> new PreparedDatabase(target, testClass), PreparedDatabase.class);
	}

	private record Invocation(TestTarget target) implements TestTemplateInvocationContext {

		@Override
		public String getDisplayName(int invocationIndex) {
			return "[" + this.target.id() + "]";
		}

		@Override
		public List<Extension> getAdditionalExtensions() {
			return List.of(new Resolver(this.target), (BeforeEachCallback) context -> prepared(context, this.target).clean());
		}
	}

	private record Resolver(TestTarget target) implements ParameterResolver {

		@Override
		public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
			Class<?> type = parameter.getParameter().getType();
			return type == TestDatabase.class || type == TestTarget.class;
		}

		@Override
		public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
			if (parameter.getParameter().getType() == TestTarget.class) {
				return this.target;
			}
			return prepared(context, this.target).database();
		}
	}

	/** One isolated database for one test class, closed (and dropped) when the class finishes. */
	static final class PreparedDatabase implements AutoCloseable {

		private final TestTarget target;

		private final String name;

		private final ServerConnection connection;

		private final HikariDataSource dataSource;

		private final TestDatabase database;

		private final TableCleaner cleaner;

		private boolean closed;

		PreparedDatabase(TestTarget target, Class<?> testClass) {
			this.target = target;
			this.name = isolatedName(testClass);
			this.connection = DatabaseServers.isolated(target, this.name);
			HikariConfig config = new HikariConfig();
			config.setJdbcUrl(this.connection.url());
			config.setUsername(this.connection.user());
			config.setPassword(this.connection.password());
			config.setMaximumPoolSize(target == TestTarget.SQLITE ? 4 : 8);
			config.setPoolName("covet-test-" + target.id());
			// Surface connection leaks in tests (JDBI keeps the same check on by default).
			config.setLeakDetectionThreshold(60_000);
			this.dataSource = new HikariDataSource(config);
			Models models = testClass.getAnnotation(Models.class);
			List<Class<?>> modelTypes = models == null ? List.of() : List.of(models.value());
			this.database = new TestDatabase(target, this.dataSource, modelTypes);
			if (models != null && models.createTables()) {
				this.database.relations().schema().createTables();
			}
			this.cleaner = new TableCleaner(this.database);
		}

		TestDatabase database() {
			return this.database;
		}

		void clean() {
			this.cleaner.clean();
			this.database.queries().reset();
		}

		@Override
		public void close() {
			if (this.closed) {
				return;
			}
			this.closed = true;
			this.dataSource.close();
			DatabaseServers.dispose(this.target, this.connection, this.name);
		}

		/**
		 * {@code covet_<test_class>}, or {@code covet_<namespace>_<test_class>} with {@code COVET_TEST_NAMESPACE}
		 * set, so two checkouts can run the same test classes against one server at the same time.
		 */
		private static String isolatedName(Class<?> testClass) {
			String namespace = System.getenv("COVET_TEST_NAMESPACE");
			String prefix = (namespace == null || namespace.isBlank()) ? "covet_"
					: "covet_" + namespace.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + "_";
			String name = prefix + Naming.snakeCase(testClass.getSimpleName()).toLowerCase(Locale.ROOT);
			return name.length() > 60 ? name.substring(0, 60) : name;
		}
	}

}
