package io.covet.relations.contenttype;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.UnknownContentTypeException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.RowInserts;
import io.covet.relations.metadata.AutoThroughRow;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;

/**
 * The content-type registry: a stable id per registered model, stored in {@code covet_content_type} and cached both
 * ways. Ids are read back, never reassigned, so they survive restarts and agree between processes. Resolution goes
 * only to registered models: a natural key or id read from the database never makes a class load.
 * <p>
 * A row is created on first use, inside the caller's transaction if one is open: the insert skips a row another
 * process inserted first (no duplicate-key error, which would abort the caller's transaction on PostgreSQL), and the
 * id is read back with a row lock (which sees that row even under MariaDB's repeatable read).
 * <p>
 * The cache only ever holds ids of committed rows. A row created, or seen, inside an open transaction can still
 * disappear: with the transaction, and also with a savepoint that rolls back ({@code getOrCreate}'s own, or a
 * caller's {@code PROPAGATION_NESTED}), which tells no one. So while that transaction is open its rows are read again
 * each time they are needed (one keyed read); just before it commits they are read once more, and those still there
 * are cached once the commit succeeded.
 * <p>
 * No SQL runs under a lock of the registry: a lookup may wait in the database for another transaction's
 * uncommitted row, and that transaction may itself need the registry. Two threads missing the cache at once both read
 * the table, and their inserts are idempotent.
 */
public final class ContentTypes {

	private final CovetContext context;

	/** Registries on one {@code DataSource} share a transaction: each must know the rows the others created in it. */
	private final DataSource dataSource;

	private final Map<String, ModelMeta<?>> modelsByNaturalKey = new ConcurrentHashMap<>();

	private final Map<ModelMeta<?>, Long> idsByModel = new ConcurrentHashMap<>();

	private final Map<Long, ModelMeta<?>> modelsById = new ConcurrentHashMap<>();

	/**
	 * Creates the registry of one context; its cache fills on first use.
	 * @throws ModelDefinitionException when two models have the same natural key, or keys that differ only in case
	 * (which a case-insensitive collation of the table, MariaDB's default when the table is made by a migration tool,
	 * takes as one): they would share a content type, and a generic key to one would read, and a cascade would
	 * delete, the other's rows
	 */
	public ContentTypes(CovetContext context) {
		this.context = context;
		this.dataSource = context.executor().jdbcTemplate().getDataSource();
		Map<String, ModelMeta<?>> byFoldedKey = new HashMap<>();
		for (ModelMeta<?> model : context.registry().models()) {
			if (model.type() != AutoThroughRow.class) {
				String key = naturalKey(model);
				ModelMeta<?> other = byFoldedKey.putIfAbsent(key.toLowerCase(Locale.ROOT), model);
				if (other != null) {
					String otherKey = naturalKey(other);
					throw new ModelDefinitionException(model.type().getName() + " and " + other.type().getName()
							+ (key.equals(otherKey) ? " have the same natural key '" + key + "'"
									: " have natural keys that differ only in case ('" + otherKey + "', '" + key
											+ "'), which a case-insensitive collation takes as one")
							+ ", and would share a content type; give one of them another @Model(namespace = ...)");
				}
				this.modelsByNaturalKey.put(key, model);
			}
		}
	}

	/** {@code namespace.model} of a model, such as {@code blog.post}. */
	public static String naturalKey(ModelMeta<?> model) {
		return model.namespace() + "." + GenericForeignKeyMeta.modelKey(model);
	}

	/**
	 * The content-type id of a registered model's objects, creating its row on first use. A proxy's or single-table
	 * child's objects are rows of its {@link ModelMeta#tableOwner() table owner}'s table and share its content type,
	 * as Django gives a proxy its concrete model's: so a generic relation declared anywhere in the family finds the
	 * objects of every model in it, and the discriminator still reads each as its own class.
	 * @throws UnknownContentTypeException when the row is missing here but was created by a transaction this thread
	 * suspended (to run this one, {@code REQUIRES_NEW}) and has not committed: this transaction cannot see or refer
	 * to it, and creating it again would wait for the suspended transaction for ever
	 */
	public long idFor(ModelMeta<?> objectsOf) {
		ModelMeta<?> model = objectsOf.tableOwner();
		Long id = this.idsByModel.get(model);
		if (id != null) {
			return id;
		}
		String key = naturalKey(model);
		if (!Pending.createdInThisTransaction(this.dataSource).contains(key)) {
			for (Map.Entry<Long, ModelMeta<?>> row : load().entrySet()) {
				if (row.getValue() == model) {
					return row.getKey();
				}
			}
		}
		return insert(model, key);
	}

	/** {@link #idFor(ModelMeta)} if the row exists; never inserts (for reads and deletes). */
	public OptionalLong existingId(ModelMeta<?> objectsOf) {
		ModelMeta<?> model = objectsOf.tableOwner();
		Long id = this.idsByModel.get(model);
		if (id == null) {
			// One keyed read (no lock, so no wait): a miss is answered from the database each time, not cached.
			List<ContentType> rows = this.context.query(ContentType.class)
				.filter("namespace", model.namespace())
				.filter("model", GenericForeignKeyMeta.modelKey(model))
				.list();
			if (rows.isEmpty()) {
				return OptionalLong.empty();
			}
			id = rows.get(0).getId();
			if (committedRows().test(naturalKey(model))) {
				cache(model, id);
			}
		}
		return OptionalLong.of(id);
	}

	/** The content-type id of a registered model class's objects ({@link #idFor(ModelMeta)}). */
	public long idFor(Class<?> type) {
		return idFor(this.context.registry().meta(type));
	}

	/**
	 * The registered model of a content-type id.
	 * @throws UnknownContentTypeException when the id names no registered model
	 */
	public ModelMeta<?> modelFor(Object id) {
		Long key = (id instanceof Number number) ? number.longValue() : null;
		if (key == null) {
			throw new UnknownContentTypeException("Content type id " + id + " is not a number");
		}
		ModelMeta<?> model = this.modelsById.get(key);
		if (model == null) {
			model = load().get(key);
		}
		if (model == null) {
			throw new UnknownContentTypeException("Content type id " + id + " does not name a registered model");
		}
		return model;
	}

	/**
	 * The registered model of a natural key ({@code "blog.post"}).
	 * @throws UnknownContentTypeException when no registered model has that key
	 */
	public ModelMeta<?> modelFor(String naturalKey) {
		ModelMeta<?> model = this.modelsByNaturalKey.get(naturalKey);
		if (model == null) {
			throw new UnknownContentTypeException("'" + naturalKey + "' is not the natural key of a registered model");
		}
		return model;
	}

	/** Creates the rows of every table-owning registered model that has none yet (at startup, or after migrations). */
	public void registerAll() {
		for (ModelMeta<?> model : this.modelsByNaturalKey.values()) {
			idFor(model);
		}
	}

	/** Forgets cached ids; the next call reads the table again. */
	public void clearCache() {
		this.idsByModel.clear();
		this.modelsById.clear();
	}

	/**
	 * Reads every row this connection sees, caches those known to be committed ({@link #committedRows()}), and
	 * returns them all, by id: the caller's own uncommitted rows are good for its current statement.
	 */
	private Map<Long, ModelMeta<?>> load() {
		Predicate<String> committed = committedRows();
		Map<Long, ModelMeta<?>> visible = new HashMap<>();
		for (ContentType row : this.context.query(ContentType.class).list()) {
			ModelMeta<?> model = this.modelsByNaturalKey.get(row.naturalKey());
			if (model != null) {
				visible.put(row.getId(), model);
				if (committed.test(row.naturalKey())) {
					cache(model, row.getId());
				}
			}
		}
		return visible;
	}

	/**
	 * Which natural keys' rows, read now, are committed: all of them outside a transaction; inside one, those no
	 * registry on this {@code DataSource} created in it (none when its creations cannot be tracked).
	 */
	private Predicate<String> committedRows() {
		if (!TransactionSynchronizationManager.isActualTransactionActive()) {
			return key -> true;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return key -> false;
		}
		Set<String> created = Pending.createdInThisTransaction(this.dataSource);
		return key -> !created.contains(key);
	}

	private void cache(ModelMeta<?> model, long id) {
		this.idsByModel.put(model, id);
		this.modelsById.put(id, model);
	}

	/**
	 * Inserts the model's row unless some process has and reads its id back. Outside a caller's transaction the
	 * insert commits on its own and the id is cached at once; inside one it is cached only once that commits.
	 */
	private long insert(ModelMeta<?> model, String key) {
		if (Pending.createdBySuspendedTransaction(this.dataSource, key)) {
			throw new UnknownContentTypeException("The content type of " + model.name() + " ('" + key
					+ "') cannot be used in this transaction: its row was created by a transaction this thread suspended"
					+ " (to run this one, REQUIRES_NEW or NOT_SUPPORTED) and is not committed, so this transaction cannot"
					+ " refer to it, and creating it again would wait for the suspended transaction for ever. Create the"
					+ " content types before (ContentTypes.registerAll(), which the starter runs at startup)");
		}
		boolean callersTransaction = TransactionSynchronizationManager.isActualTransactionActive();
		long id = this.context.transactions().required(() -> {
			Pending pending = callersTransaction ? Pending.of(this) : null;
			if (pending != null && !pending.keys.add(key)) {
				// Created earlier in this transaction: still there, unless a savepoint rolled it back since.
				List<Object> ids = lockedIds(model);
				if (!ids.isEmpty()) {
					return ((Number) ids.get(0)).longValue();
				}
			}
			ModelMeta<ContentType> table = this.context.registry().meta(ContentType.class);
			List<FieldMeta> naturalKey = List.of(table.field("namespace"), table.field("model"));
			this.context.executor()
				.update(RowInserts.ifAbsent(this.context.dialect(), table, naturalKey,
						new Object[] { model.namespace(), GenericForeignKeyMeta.modelKey(model) }, naturalKey));
			return ((Number) lockedIds(model).get(0)).longValue();
		});
		if (!callersTransaction) {
			cache(model, id);
		}
		return id;
	}

	/** The id of the model's row, read with a row lock: it sees the latest committed row under repeatable read. */
	private List<Object> lockedIds(ModelMeta<?> model) {
		return this.context.query(ContentType.class)
			.filter("namespace", model.namespace())
			.filter("model", GenericForeignKeyMeta.modelKey(model))
			.lockedKeys();
	}

	/**
	 * The rows one registry created (or made sure of) in one transaction, by natural key: never trusted for an id, since
	 * a savepoint may have rolled a row back, only to keep them out of the cache while the transaction is open. Just
	 * before the commit the rows still there are read, and cached once the commit succeeded. Found among the
	 * transaction's synchronizations, so a {@code REQUIRES_NEW} transaction, which has its own, does not see its
	 * outer transaction's; a suspended one is kept per thread, to refuse a row the inner transaction would wait for.
	 */
	private static final class Pending implements TransactionSynchronization {

		private static final ThreadLocal<List<Pending>> suspended = new ThreadLocal<>();

		private final ContentTypes registry;

		/** Touched only by the thread running the transaction. */
		private final Set<String> keys = new HashSet<>();

		private Map<ModelMeta<?>, Long> committing = Map.of();

		private Pending(ContentTypes registry) {
			this.registry = registry;
		}

		/** The registry's bookkeeping in the current transaction, registered on first use; null without synchronization. */
		static Pending of(ContentTypes registry) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				return null;
			}
			for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
				if (synchronization instanceof Pending pending && pending.registry == registry) {
					return pending;
				}
			}
			Pending pending = new Pending(registry);
			TransactionSynchronizationManager.registerSynchronization(pending);
			return pending;
		}

		/** The natural keys whose rows the current transaction's registries on this {@code DataSource} created. */
		static Set<String> createdInThisTransaction(DataSource dataSource) {
			if (!TransactionSynchronizationManager.isSynchronizationActive()) {
				return Set.of();
			}
			Set<String> created = new HashSet<>();
			for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
				if (synchronization instanceof Pending pending && pending.registry.dataSource == dataSource) {
					created.addAll(pending.keys);
				}
			}
			return created;
		}

		/** Whether a transaction this thread suspended created the row of this natural key. */
		static boolean createdBySuspendedTransaction(DataSource dataSource, String key) {
			List<Pending> outer = suspended.get();
			if (outer != null) {
				for (Pending pending : outer) {
					if (pending.registry.dataSource == dataSource && pending.keys.contains(key)) {
						return true;
					}
				}
			}
			return false;
		}

		@Override
		public void beforeCommit(boolean readOnly) {
			// Still in the transaction: a row a rolled-back savepoint removed is not found. A locking read, since a
			// row another transaction committed first is not in this one's snapshot under MariaDB's repeatable read.
			try {
				Map<ModelMeta<?>, Long> present = new HashMap<>();
				for (String key : this.keys) {
					ModelMeta<?> model = this.registry.modelsByNaturalKey.get(key);
					List<Object> ids = this.registry.lockedIds(model);
					if (!ids.isEmpty()) {
						present.put(model, ((Number) ids.get(0)).longValue());
					}
				}
				this.committing = present;
			}
			catch (RuntimeException ex) {
				// Only the cache is lost: the next lookup reads the rows again. The commit reports its own failure.
				this.committing = Map.of();
			}
		}

		@Override
		public void afterCompletion(int status) {
			if (status == STATUS_COMMITTED) {
				this.committing.forEach(this.registry::cache);
			}
		}

		@Override
		public void suspend() {
			List<Pending> outer = suspended.get();
			if (outer == null) {
				outer = new ArrayList<>();
				suspended.set(outer);
			}
			outer.add(this);
		}

		@Override
		public void resume() {
			List<Pending> outer = suspended.get();
			if (outer != null) {
				outer.remove(this);
				if (outer.isEmpty()) {
					suspended.remove();
				}
			}
		}
	}
}
