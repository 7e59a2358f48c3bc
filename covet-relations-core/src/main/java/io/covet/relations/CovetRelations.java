package io.covet.relations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import io.covet.relations.deletion.OnDeleteHandler;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.dialect.DialectResolver;
import io.covet.relations.event.RelationEventListener;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.OperationObservers;
import io.covet.relations.internal.SqlExecutor;
import io.covet.relations.internal.TransactionRunner;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.IdentifierRules;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.metadata.Relation;
import io.covet.relations.observation.OperationObserver;
import io.covet.relations.observation.StatementListener;
import io.covet.relations.query.DefaultFilters;
import io.covet.relations.query.QuerySet;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.repository.DefaultCovetRepository;
import io.covet.relations.schema.SchemaManager;
import io.covet.relations.tree.TreeManager;
import io.covet.relations.tree.TreeMeta;

/**
 * The entry point: models, a {@code DataSource} and a dialect, from which repositories and query sets are made.
 * Thread-safe; build one per {@code DataSource} and share it.
 *
 * <pre>{@code
 * CovetRelations relations = CovetRelations.builder(dataSource)
 *     .models(Author.class, Book.class)
 *     .build();
 * CovetRepository<Author, Long> authors = relations.repository(Author.class);
 * List<Author> withBooks = authors.objects().prefetchRelated("books").list();
 * }</pre>
 */
public final class CovetRelations {

	private final CovetContext context;

	private final DataSource dataSource;

	private final Map<Class<?>, CovetRepository<?, ?>> repositories = new ConcurrentHashMap<>();

	private final Map<ModelMeta<?>, TreeMeta> trees = new java.util.HashMap<>();

	private final Map<Class<?>, TreeManager<?>> treeManagers = new ConcurrentHashMap<>();

	private CovetRelations(CovetContext context, DataSource dataSource) {
		this.context = context;
		this.dataSource = dataSource;
		for (ModelMeta<?> model : context.registry().models()) {
			DefaultFilters.check(model);
			TreeMeta tree = TreeMeta.of(model);
			if (tree != null) {
				this.trees.put(model, tree);
			}
		}
	}

	/**
	 * Starts configuring an instance on {@code dataSource}; the dialect is detected from it unless the builder is
	 * given one.
	 */
	public static Builder builder(DataSource dataSource) {
		return new Builder(dataSource);
	}

	/** The repository of a registered model; one instance per model. */
	@SuppressWarnings("unchecked")
	public <T, ID> CovetRepository<T, ID> repository(Class<T> type) {
		return (CovetRepository<T, ID>) this.repositories.computeIfAbsent(type,
				t -> new DefaultCovetRepository<>(this.context, this.context.registry().meta(t)));
	}

	/** A query set over every row of a registered model. */
	public <T> QuerySet<T> objects(Class<T> type) {
		return this.context.query(type);
	}

	/** Metadata of a registered model. */
	public <T> ModelMeta<T> meta(Class<T> type) {
		return this.context.registry().meta(type);
	}

	/** Metadata of every registered model, and the relations between them. */
	public ModelRegistry registry() {
		return this.context.registry();
	}

	/** The dialect statements are written in: the one given, or the one detected from the data source. */
	public Dialect dialect() {
		return this.context.dialect();
	}

	/** The data source every statement runs on. */
	public DataSource dataSource() {
		return this.dataSource;
	}

	/** Table creation from metadata, for tests and quick starts. */
	public SchemaManager schema() {
		return new SchemaManager(this.context);
	}

	/**
	 * Tree operations of a model annotated with {@code @Tree}.
	 * @throws io.covet.relations.exception.InvalidQueryException when the model is not a tree
	 */
	@SuppressWarnings("unchecked")
	public <T> TreeManager<T> tree(Class<T> type) {
		TreeMeta tree = this.trees.get(this.context.registry().meta(type));
		if (tree == null) {
			throw new io.covet.relations.exception.InvalidQueryException(type.getSimpleName() + " is not annotated with @Tree");
		}
		return (TreeManager<T>) this.treeManagers.computeIfAbsent(type, t -> new TreeManager<>(this.context, tree));
	}

	/**
	 * Runs {@code work} in one transaction (joining the caller's Spring-managed one when active). When {@code work}
	 * throws, the rows roll back but the instances keep the keys their saves got, as with Django's {@code atomic}; an
	 * operation of the library that fails inside takes back its own.
	 */
	public <T> T inTransaction(Supplier<T> work) {
		return this.context.transactions().callers(work);
	}

	/** {@link #inTransaction(Supplier)} for work that returns nothing. */
	public void inTransaction(Runnable work) {
		this.context.transactions().callers(() -> {
			work.run();
			return null;
		});
	}

	/** Whether strict loading is on: implicit per-object relation loads throw instead of querying. */
	public boolean isStrictLoading() {
		return this.context.strictLoading();
	}

	/** Shared internals, for integrations such as the Spring Boot auto-configuration. */
	public CovetContext context() {
		return this.context;
	}

	/** Configures and builds a {@link CovetRelations}. */
	public static final class Builder {

		private final DataSource dataSource;

		private final List<Class<?>> models = new ArrayList<>();

		private final List<StatementListener> listeners = new ArrayList<>();

		private final List<RelationEventListener> eventListeners = new ArrayList<>();

		private final List<PendingHandler> onDeleteHandlers = new ArrayList<>();

		private final List<OperationObserver> operationObservers = new ArrayList<>();

		private Dialect dialect;

		private PlatformTransactionManager transactionManager;

		private boolean strictLoading;

		private int inListChunkSize;

		private boolean logStatements = true;

		private Builder(DataSource dataSource) {
			this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
		}

		/** Registers model classes; their relations' targets must be registered too. Adds to earlier calls. */
		public Builder models(Class<?>... types) {
			this.models.addAll(Arrays.asList(types));
			return this;
		}

		/** Registers model classes, as {@link #models(Class...)} does. */
		public Builder models(Collection<Class<?>> types) {
			this.models.addAll(types);
			return this;
		}

		/** Uses this dialect instead of detecting one from the {@code DataSource}. */
		public Builder dialect(Dialect dialect) {
			this.dialect = dialect;
			return this;
		}

		/**
		 * Transaction manager for the library's own multi-statement operations; defaults to a
		 * {@link JdbcTransactionManager} on the {@code DataSource}. Pass the application's to share its transactions.
		 */
		public Builder transactionManager(PlatformTransactionManager transactionManager) {
			this.transactionManager = transactionManager;
			return this;
		}

		/** Refuse implicit per-object relation loads (the N+1 pattern) with a {@code StrictLoadingException}. */
		public Builder strictLoading(boolean strictLoading) {
			this.strictLoading = strictLoading;
			return this;
		}

		/**
		 * Keys per IN-list chunk; 0 (default) chooses the most the dialect's bind-parameter cap allows. Keys that go as
		 * one parameter ignore it: PostgreSQL's array of {@code Long}, {@code Integer}, {@code String} or {@code UUID}
		 * keys, and in reads SQLite 3.38+'s JSON array of integer or text keys.
		 */
		public Builder inListChunkSize(int inListChunkSize) {
			if (inListChunkSize < 0) {
				throw new IllegalArgumentException("inListChunkSize must not be negative");
			}
			this.inListChunkSize = inListChunkSize;
			return this;
		}

		/** Log statements at DEBUG on the {@code io.covet.relations.SQL} logger (default on). */
		public Builder logStatements(boolean logStatements) {
			this.logStatements = logStatements;
			return this;
		}

		/** Tells this listener about every statement the library runs (metrics, statement counting in tests). */
		public Builder statementListener(StatementListener listener) {
			this.listeners.add(Objects.requireNonNull(listener, "listener"));
			return this;
		}

		/**
		 * Times or traces whole operations (a prefetch level, a delete with its cascades, a many-to-many change),
		 * not only their statements.
		 */
		public Builder operationObserver(OperationObserver observer) {
			this.operationObservers.add(Objects.requireNonNull(observer, "observer"));
			return this;
		}

		/**
		 * Replaces the {@code onDelete} of the foreign key {@code field} of {@code model} with application code.
		 * @throws io.covet.relations.exception.ModelDefinitionException at {@link #build()} when no such foreign key exists
		 */
		public Builder onDeleteHandler(Class<?> model, String field, OnDeleteHandler handler) {
			this.onDeleteHandlers.add(new PendingHandler(model, field, Objects.requireNonNull(handler, "handler")));
			return this;
		}

		/** Receives many-to-many and delete events inside the operation's transaction. */
		public Builder eventListener(RelationEventListener listener) {
			this.eventListeners.add(Objects.requireNonNull(listener, "listener"));
			return this;
		}

		/**
		 * Reads and links the models, detects the dialect (checking one connection), checks every table and column
		 * name against the database's identifier limit and builds the instance.
		 * @throws io.covet.relations.exception.ModelDefinitionException for broken model metadata, or a name the
		 * database would truncate or refuse
		 * @throws io.covet.relations.exception.NoDialectException for an unsupported or misconfigured database
		 */
		public CovetRelations build() {
			ModelRegistry registry = ModelRegistry.of(this.models);
			Dialect resolved = (this.dialect != null) ? this.dialect : DialectResolver.resolve(this.dataSource);
			IdentifierRules.check(registry, resolved.identifierLimit(), resolved.name());
			PlatformTransactionManager transactions = (this.transactionManager != null) ? this.transactionManager
					: new JdbcTransactionManager(this.dataSource);
			SqlExecutor executor = new SqlExecutor(this.dataSource, resolved, this.listeners, this.logStatements);
			Map<ForeignKeyRelation, OnDeleteHandler> handlers = new java.util.HashMap<>();
			for (PendingHandler pending : this.onDeleteHandlers) {
				Relation relation = registry.meta(pending.model()).relation(pending.field());
				if (!(relation instanceof ForeignKeyRelation foreignKey)) {
					throw new ModelDefinitionException(pending.model(), pending.field(),
							"an onDelete handler needs a foreign key or one-to-one field");
				}
				handlers.put(foreignKey, pending.handler());
			}
			CovetContext context = new CovetContext(registry, resolved, executor, new TransactionRunner(transactions),
					this.strictLoading, chunkSize(resolved), this.eventListeners, handlers,
					new OperationObservers(this.operationObservers));
			return new CovetRelations(context, this.dataSource);
		}

		private record PendingHandler(Class<?> model, String field, OnDeleteHandler handler) {
		}

		/** Keys per IN-list; key types the dialect binds as one array are not chunked (CovetContext.keyChunkSize). */
		private int chunkSize(Dialect dialect) {
			int cap = dialect.maxKeysPerInList();
			return this.inListChunkSize == 0 ? cap : Math.min(this.inListChunkSize, cap);
		}
	}
}
