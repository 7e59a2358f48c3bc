package io.covet.relations.internal;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.covet.relations.contenttype.ContentTypes;
import io.covet.relations.deletion.OnDeleteHandler;
import io.covet.relations.dialect.Dialect;
import io.covet.relations.event.RelationEvent;
import io.covet.relations.event.RelationEventListener;
import io.covet.relations.loading.ObjectReader;
import io.covet.relations.manager.ForwardRefResolver;
import io.covet.relations.manager.GenericRefResolver;
import io.covet.relations.manager.GenericRelationManager;
import io.covet.relations.manager.ManyToManyManager;
import io.covet.relations.manager.ReverseForeignKeyManager;
import io.covet.relations.manager.ReverseOneToOneAccessor;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.metadata.Relation;
import io.covet.relations.query.QuerySet;
import io.covet.relations.relation.GenericResolver;
import io.covet.relations.relation.RefResolver;

/**
 * What every query set, manager and repository of one {@code CovetRelations} shares: metadata, dialect, statement
 * execution, transactions and settings. Not API.
 */
public final class CovetContext {

	private final ModelRegistry registry;

	private final Dialect dialect;

	private final SqlExecutor executor;

	private final TransactionRunner transactions;

	private final boolean strictLoading;

	private final int keyChunkSize;

	private final ObjectReader reader;

	private final ModelWriter writer;

	private final Map<ForeignKeyRelation, RefResolver<?>> resolvers = new ConcurrentHashMap<>();

	private final List<RelationEventListener> eventListeners;

	private final Map<ForeignKeyRelation, OnDeleteHandler> onDeleteHandlers;

	private final OperationObservers observers;

	private final ContentTypes contentTypes;

	private final Map<GenericForeignKeyMeta, GenericResolver> genericResolvers = new ConcurrentHashMap<>();

	private final Map<ModelMeta<?>, AccessorBinder> binders = new ConcurrentHashMap<>();

	/** Assembled by {@code CovetRelations.Builder}; the reader, writer and content types are built here. */
	public CovetContext(ModelRegistry registry, Dialect dialect, SqlExecutor executor, TransactionRunner transactions,
			boolean strictLoading, int keyChunkSize, List<RelationEventListener> eventListeners,
			Map<ForeignKeyRelation, OnDeleteHandler> onDeleteHandlers, OperationObservers observers) {
		this.eventListeners = List.copyOf(eventListeners);
		this.observers = observers;
		this.onDeleteHandlers = Map.copyOf(onDeleteHandlers);
		this.registry = registry;
		this.dialect = dialect;
		this.executor = executor;
		this.transactions = transactions;
		this.strictLoading = strictLoading;
		this.keyChunkSize = keyChunkSize;
		this.reader = new ObjectReader(this);
		this.writer = new ModelWriter(this);
		this.contentTypes = new ContentTypes(this);
	}

	/** The metadata of every registered model. */
	public ModelRegistry registry() {
		return this.registry;
	}

	/** The dialect of the database behind the {@code DataSource}. */
	public Dialect dialect() {
		return this.dialect;
	}

	/** Runs every statement of the library. */
	public SqlExecutor executor() {
		return this.executor;
	}

	/** Wraps multi-statement operations in a transaction. */
	public TransactionRunner transactions() {
		return this.transactions;
	}

	/** Whether implicit per-object loads are refused (the N+1 guard). */
	public boolean strictLoading() {
		return this.strictLoading;
	}

	/** Keys per IN-list chunk, under the dialect's bind-parameter cap ({@code covet.relations.in-list-chunk-size}). */
	public int keyChunkSize() {
		return this.keyChunkSize;
	}

	/**
	 * Keys per statement when writing by keys of this type: all of them where the dialect
	 * {@link Dialect#bindsKeysAsArray binds them as one array} (PostgreSQL, for the key types its arrays carry), else
	 * {@link #keyChunkSize()}: a key of another type, say a {@code BigDecimal} {@code to_field}, goes as an IN-list
	 * there too.
	 */
	public int keyChunkSize(Class<?> keyType) {
		return this.dialect.bindsKeysAsArray(keyType) ? Integer.MAX_VALUE : this.keyChunkSize;
	}

	/**
	 * Keys per statement when reading rows by keys of this type: all of them where the dialect
	 * {@link Dialect#readsAnyNumberOfKeys reads any number in one parameter}, else {@link #keyChunkSize(Class)}.
	 */
	public int readChunkSize(Class<?> keyType) {
		return this.dialect.readsAnyNumberOfKeys(keyType) ? Integer.MAX_VALUE : keyChunkSize(keyType);
	}

	/** The content-type registry. */
	public ContentTypes contentTypes() {
		return this.contentTypes;
	}

	/** The resolver serving {@code GenericRef.fetch()} for a generic foreign key. */
	public GenericResolver genericResolver(GenericForeignKeyMeta key) {
		return this.genericResolvers.computeIfAbsent(key, k -> new GenericRefResolver(this, k));
	}

	/** The handler replacing a relation's {@code onDelete}, or {@code null}. */
	public OnDeleteHandler onDeleteHandler(ForeignKeyRelation relation) {
		return this.onDeleteHandlers.get(relation);
	}

	/** Whether anyone listens to relation events (payloads that need extra reads are skipped otherwise). */
	public boolean hasEventListeners() {
		return !this.eventListeners.isEmpty();
	}

	/** Observers of multi-statement operations (prefetch levels, deletes, many-to-many changes). */
	public OperationObservers observers() {
		return this.observers;
	}

	/** Delivers an event to every listener, in the caller's transaction; a listener's exception propagates. */
	public void publish(RelationEvent event) {
		for (RelationEventListener listener : this.eventListeners) {
			listener.onEvent(event);
		}
	}

	/** Reads model instances from result sets. */
	public ObjectReader reader() {
		return this.reader;
	}

	/** Inserts and updates model instances. */
	public ModelWriter writer() {
		return this.writer;
	}

	/** A query over every row of a registered model. */
	public <T> QuerySet<T> query(Class<T> type) {
		return query(this.registry.meta(type));
	}

	/** A query over every row of a model, by its metadata. */
	public <T> QuerySet<T> query(ModelMeta<T> model) {
		return QuerySet.of(this, model);
	}

	/**
	 * A query over every row of a model without its default filter (Django's base manager): for the rows a relation
	 * points at, the rows a caller names, and the rows a cascade must reach, which a filter meant for listing must
	 * not hide.
	 */
	public <T> QuerySet<T> everyRow(ModelMeta<T> model) {
		return QuerySet.everyRow(this, model);
	}

	/** The resolver serving {@code Ref.fetch()} for a relation; one per relation. */
	public RefResolver<?> resolver(ForeignKeyRelation relation) {
		return this.resolvers.computeIfAbsent(relation, r -> new ForwardRefResolver<>(this, r));
	}

	/**
	 * Binds the reverse accessor fields ({@code RelatedManager}/{@code RelatedObject}) of a saved instance that are not
	 * bound to it yet; those that are keep what they loaded (see {@link AccessorBinder#bindUnbound}).
	 */
	public void bindAccessors(ModelMeta<?> model, Object instance) {
		accessorBinder(model).bindUnbound(instance);
	}

	/** The accessor binder of a model, worked out once; row readers keep it to bind without a lookup per row. */
	public AccessorBinder accessorBinder(ModelMeta<?> model) {
		return this.binders.computeIfAbsent(model, m -> new AccessorBinder(this, m));
	}

	/** The accessor bound to an instance for a relation, binding it first if needed; {@code null} if none is declared. */
	public Object accessor(Relation relation, Object instance) {
		Field field = null;
		// A multi-table child's copy of a generic relation has its accessor field on the parent class that declares it.
		for (ModelMeta<?> owner = relation.source(); field == null && owner != null; owner = owner.linkedParent()) {
			field = owner.accessorField(relation.name());
		}
		if (field == null) {
			return null;
		}
		try {
			Object accessor = field.get(instance);
			if (!(accessor instanceof ReverseForeignKeyManager<?>) && !(accessor instanceof ReverseOneToOneAccessor<?>)
					&& !(accessor instanceof ManyToManyManager<?>) && !(accessor instanceof GenericRelationManager<?>)) {
				bindAccessors(relation.source(), instance);
				accessor = field.get(instance);
			}
			return accessor;
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
