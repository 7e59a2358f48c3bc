package io.covet.relations.testing;

import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.observation.QueryCounter;
import io.covet.relations.repository.CovetRepository;

/**
 * One database prepared for one test class: a pooled {@code DataSource} on the class's own schema, the models'
 * tables, a {@link CovetRelations} and a {@link QueryCounter} that sees every statement it runs.
 */
public final class TestDatabase {

	private final TestTarget target;

	private final DataSource dataSource;

	private final List<Class<?>> models;

	private final QueryCounter queries = new QueryCounter();

	private final CovetRelations relations;

	TestDatabase(TestTarget target, DataSource dataSource, List<Class<?>> models) {
		this.target = target;
		this.dataSource = dataSource;
		this.models = models;
		this.relations = build(builder -> {
		});
	}

	public TestTarget target() {
		return this.target;
	}

	public boolean is(TestTarget other) {
		return this.target == other;
	}

	public DataSource dataSource() {
		return this.dataSource;
	}

	public CovetRelations relations() {
		return this.relations;
	}

	public Dialect dialect() {
		return this.relations.dialect();
	}

	public <T, ID> CovetRepository<T, ID> repo(Class<T> type) {
		return this.relations.repository(type);
	}

	/** Counts statements of every {@code CovetRelations} this database hands out. */
	public QueryCounter queries() {
		return this.queries;
	}

	public JdbcTemplate jdbc() {
		return new JdbcTemplate(this.dataSource);
	}

	/** The rows in a table, counted in SQL: what a test expects the database to hold, whatever the library reads. */
	public long rows(String table) {
		return jdbc().queryForObject("SELECT COUNT(*) FROM " + dialect().quote(table), Long.class);
	}

	/** Another {@code CovetRelations} on the same database and models, configured further (strict mode...). */
	public CovetRelations build(Consumer<CovetRelations.Builder> customizer) {
		return build(this.dataSource, customizer);
	}

	/** Another {@code CovetRelations} with the same models on another pool to the same database (other settings). */
	public CovetRelations build(DataSource dataSource, Consumer<CovetRelations.Builder> customizer) {
		CovetRelations.Builder builder = CovetRelations.builder(dataSource)
			.models(this.models)
			.statementListener(this.queries);
		customizer.accept(builder);
		return builder.build();
	}

	/** Empties every model table (tests that loop over many data sets call it between them). */
	public void truncateAll() {
		new TableCleaner(this).clean();
	}

	/** A strict-loading {@code CovetRelations} on the same database. */
	public CovetRelations strict() {
		return build(builder -> builder.strictLoading(true));
	}

	@Override
	public String toString() {
		return this.target.id();
	}
}
