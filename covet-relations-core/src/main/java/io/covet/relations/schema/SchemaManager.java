package io.covet.relations.schema;

import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.ConnectionCallback;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ManyToManyRelation;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;

/**
 * Creates and drops tables from metadata, with foreign-key constraints (no database-side cascades: the deletion
 * collector applies {@code onDelete}) and an index on every foreign-key column. Meant for tests and quick starts;
 * production schemas belong in migrations (Flyway).
 */
public final class SchemaManager {

	private final CovetContext context;

	/** Works on the models and dialect of the given context; applications use {@code CovetRelations.schema()}. */
	public SchemaManager(CovetContext context) {
		this.context = context;
	}

	/**
	 * Creates tables for the given models, or for every registered model when none are given. The derived through
	 * tables of many-to-many relations between given models come along.
	 */
	public void createTables(Class<?>... types) {
		createTables(models(types));
	}

	/**
	 * Creates tables for the given models (registered or derived through models), in one transaction: where DDL is
	 * transactional (PostgreSQL, SQLite) a failure leaves no table of the call behind; MariaDB commits each statement.
	 */
	public void createTables(Collection<ModelMeta<?>> models) {
		List<String> statements = createStatements(models);
		this.context.transactions().required(() -> {
			for (String statement : statements) {
				this.context.executor()
					.execute(new SqlBuilder(this.context.dialect()).sql(statement).build(Operation.DDL, null));
			}
		});
	}

	/** Drops the tables of the given models (or of every registered model) if they exist. */
	public void dropTables(Class<?>... types) {
		Dialect dialect = this.context.dialect();
		List<ModelMeta<?>> ordered = dependencyOrder(models(types));
		this.context.executor().jdbcTemplate().execute((ConnectionCallback<Void>) connection -> {
			try (Statement statement = connection.createStatement()) {
				if (dialect.suspendForeignKeyChecks() != null) {
					statement.execute(dialect.suspendForeignKeyChecks());
				}
				try {
					for (int i = ordered.size() - 1; i >= 0; i--) {
						statement.execute(dialect.dropTable(ordered.get(i).table()));
					}
				}
				finally {
					if (dialect.restoreForeignKeyChecks() != null) {
						statement.execute(dialect.restoreForeignKeyChecks());
					}
				}
			}
			return null;
		});
	}

	/** The DDL {@link #createTables} would run, in order. */
	public List<String> createStatements(Collection<ModelMeta<?>> models) {
		Dialect dialect = this.context.dialect();
		List<ModelMeta<?>> ordered = dependencyOrder(models);
		List<String> statements = new ArrayList<>();
		List<String> constraints = new ArrayList<>();
		List<String> indexes = new ArrayList<>();
		// Over every registered model, so that a table created alone later gets the names it would get with the rest.
		ConstraintNames names = new ConstraintNames(this.context.registry().models());
		for (ModelMeta<?> model : ordered) {
			if (model.sharesTable()) {
				continue;
			}
			statements.add(createTable(dialect, model, names));
			for (ForeignKeyRelation relation : tableRelations(model)) {
				if (!dialect.foreignKeysInline()) {
					constraints.add("ALTER TABLE " + dialect.quote(model.table()) + " ADD CONSTRAINT "
							+ dialect.quote(names.of("fk", model.table(), relation.column().column())) + " "
							+ foreignKeyClause(dialect, relation));
				}
			}
			for (FieldMeta field : indexedFields(model)) {
				indexes.add("CREATE INDEX " + dialect.quote(names.of("ix", model.table(), field.column())) + " ON "
						+ dialect.quote(model.table()) + " (" + dialect.quote(field.column()) + ")");
			}
		}
		statements.addAll(constraints);
		statements.addAll(indexes);
		return statements;
	}

	private static String createTable(Dialect dialect, ModelMeta<?> model, ConstraintNames names) {
		StringBuilder sql = new StringBuilder("CREATE TABLE ").append(dialect.quote(model.table())).append(" (");
		FieldMeta pk = model.primaryKey();
		boolean inlinePrimaryKey = false;
		// A single-table hierarchy's table holds every class's columns; those of subclasses accept NULL.
		List<FieldMeta> fields = model.selectFields();
		for (int i = 0; i < fields.size(); i++) {
			FieldMeta field = fields.get(i);
			sql.append(i > 0 ? ", " : "").append(dialect.quote(field.column())).append(' ');
			boolean autoIncrement = field.primaryKey() && field.generated();
			sql.append(dialect.columnType(field, autoIncrement));
			if (autoIncrement && dialect.keyTypeIncludesPrimaryKey()) {
				inlinePrimaryKey = true;
				continue;
			}
			if (!field.nullable() && (field.model() == model || field.primaryKey())) {
				sql.append(" NOT NULL");
			}
			if (field.unique() && !field.primaryKey()) {
				sql.append(" UNIQUE");
			}
		}
		if (!inlinePrimaryKey) {
			sql.append(", PRIMARY KEY (").append(dialect.quote(pk.column())).append(')');
		}
		for (List<FieldMeta> group : model.uniqueTogether()) {
			StringBuilder columns = new StringBuilder();
			for (FieldMeta field : group) {
				columns.append(columns.length() > 0 ? ", " : "").append(dialect.quote(field.column()));
			}
			sql.append(", CONSTRAINT ")
				.append(dialect.quote(names.of("uq", model.table(), ConstraintNames.uniqueColumns(group))))
				.append(" UNIQUE (")
				.append(columns)
				.append(')');
		}
		if (dialect.foreignKeysInline()) {
			for (ForeignKeyRelation relation : tableRelations(model)) {
				sql.append(", CONSTRAINT ")
					.append(dialect.quote(names.of("fk", model.table(), relation.column().column())))
					.append(' ')
					.append(foreignKeyClause(dialect, relation));
			}
		}
		return sql.append(')').append(dialect.tableOptions()).toString();
	}

	/** Foreign keys stored in a model's table: its own and, for a single-table hierarchy, its subclasses'. */
	static List<ForeignKeyRelation> tableRelations(ModelMeta<?> model) {
		List<ForeignKeyRelation> relations = new ArrayList<>();
		for (ModelMeta<?> member : model.tableFamily()) {
			for (ForeignKeyRelation relation : member.forwardRelations()) {
				if (relation.source() == member && !relations.contains(relation)) {
					relations.add(relation);
				}
			}
		}
		return relations;
	}

	/** Columns of a model's table that get an index of their own: foreign keys and {@code dbIndex} columns. */
	static List<FieldMeta> indexedFields(ModelMeta<?> model) {
		List<FieldMeta> indexed = new ArrayList<>();
		for (FieldMeta field : model.selectFields()) {
			if (field.dbIndex() && !field.unique() && !field.primaryKey() && !field.isComputed()) {
				indexed.add(field);
			}
		}
		return indexed;
	}

	private static String foreignKeyClause(Dialect dialect, ForeignKeyRelation relation) {
		return "FOREIGN KEY (" + dialect.quote(relation.column().column()) + ") REFERENCES "
				+ dialect.quote(relation.target().table()) + " (" + dialect.quote(relation.targetField().column()) + ")";
	}

	/** Referenced tables before referencing ones; cycles (and self-references) are broken arbitrarily. */
	private static List<ModelMeta<?>> dependencyOrder(Collection<ModelMeta<?>> models) {
		Set<ModelMeta<?>> done = new LinkedHashSet<>();
		Set<ModelMeta<?>> visiting = new LinkedHashSet<>();
		for (ModelMeta<?> model : models) {
			visit(model, models, done, visiting);
		}
		return new ArrayList<>(done);
	}

	private static void visit(ModelMeta<?> model, Collection<ModelMeta<?>> scope, Set<ModelMeta<?>> done,
			Set<ModelMeta<?>> visiting) {
		if (done.contains(model) || !visiting.add(model)) {
			return;
		}
		for (ForeignKeyRelation relation : model.forwardRelations()) {
			if (scope.contains(relation.target())) {
				visit(relation.target(), scope, done, visiting);
			}
		}
		visiting.remove(model);
		done.add(model);
	}

	private List<ModelMeta<?>> models(Class<?>... types) {
		if (types.length == 0) {
			return new ArrayList<>(this.context.registry().models());
		}
		List<ModelMeta<?>> models = new ArrayList<>();
		for (Class<?> type : types) {
			models.add(this.context.registry().meta(type));
		}
		for (ModelMeta<?> model : List.copyOf(models)) {
			for (ManyToManySide side : model.manyToManyRelations()) {
				if (side instanceof ManyToManyRelation relation && relation.isAutoCreated()
						&& models.contains(relation.target()) && !models.contains(relation.through())) {
					models.add(relation.through());
				}
			}
		}
		return models;
	}
}
