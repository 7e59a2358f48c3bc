package io.covet.relations.internal;

import java.lang.reflect.Field;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.covet.relations.dialect.Dialect;
import io.covet.relations.loading.ObjectReader;
import io.covet.relations.manager.ForwardRefResolver;
import io.covet.relations.manager.ReverseForeignKeyManager;
import io.covet.relations.manager.ReverseOneToOneAccessor;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.metadata.RelationKind;
import io.covet.relations.metadata.ReverseRelation;
import io.covet.relations.query.QuerySet;
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

	public CovetContext(ModelRegistry registry, Dialect dialect, SqlExecutor executor, TransactionRunner transactions,
			boolean strictLoading, int keyChunkSize) {
		this.registry = registry;
		this.dialect = dialect;
		this.executor = executor;
		this.transactions = transactions;
		this.strictLoading = strictLoading;
		this.keyChunkSize = keyChunkSize;
		this.reader = new ObjectReader(this);
		this.writer = new ModelWriter(this);
	}

	public ModelRegistry registry() {
		return this.registry;
	}

	public Dialect dialect() {
		return this.dialect;
	}

	public SqlExecutor executor() {
		return this.executor;
	}

	public TransactionRunner transactions() {
		return this.transactions;
	}

	/** Whether implicit per-object loads are refused (the N+1 guard). */
	public boolean strictLoading() {
		return this.strictLoading;
	}

	/** Keys per IN-list chunk, under the dialect's bind-parameter cap. */
	public int keyChunkSize() {
		return this.keyChunkSize;
	}

	public ObjectReader reader() {
		return this.reader;
	}

	public ModelWriter writer() {
		return this.writer;
	}

	public <T> QuerySet<T> query(Class<T> type) {
		return query(this.registry.meta(type));
	}

	public <T> QuerySet<T> query(ModelMeta<T> model) {
		return QuerySet.of(this, model);
	}

	/** The resolver serving {@code Ref.fetch()} for a relation; one per relation. */
	public RefResolver<?> resolver(ForeignKeyRelation relation) {
		return this.resolvers.computeIfAbsent(relation, r -> new ForwardRefResolver<>(this, r));
	}

	/** Binds every reverse accessor field ({@code RelatedManager}/{@code RelatedObject}) of a saved or loaded instance. */
	public void bindAccessors(ModelMeta<?> model, Object instance) {
		for (ReverseRelation relation : model.reverseRelations()) {
			Field field = model.accessorField(relation.name());
			if (field == null) {
				continue;
			}
			Object accessor = (relation.kind() == RelationKind.REVERSE_ONE_TO_ONE)
					? new ReverseOneToOneAccessor<>(this, relation, instance)
					: new ReverseForeignKeyManager<>(this, relation, instance);
			try {
				field.set(instance, accessor);
			}
			catch (IllegalAccessException ex) {
				throw new IllegalStateException(ex);
			}
		}
	}

	/** The accessor bound to an instance for a reverse relation, binding it first if needed; {@code null} if none is declared. */
	public Object accessor(ReverseRelation relation, Object instance) {
		Field field = relation.source().accessorField(relation.name());
		if (field == null) {
			return null;
		}
		try {
			Object accessor = field.get(instance);
			if (!(accessor instanceof ReverseForeignKeyManager<?>) && !(accessor instanceof ReverseOneToOneAccessor<?>)) {
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
