package io.covet.relations.contenttype;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
 * ways. Ids are read back, never reassigned, so they survive restarts and agree between processes. A row is created
 * on first use, inside the caller's transaction if one is open: the insert skips a row another process inserted first
 * (no duplicate-key error, which would abort the caller's transaction on PostgreSQL), the id is read back with a
 * row lock (which sees that row even under MariaDB's repeatable read), and the id is cached only once the
 * transaction commits, so a rollback cannot leave an id cached whose row is gone. Resolution goes only to
 * registered models: a natural key or id read from the database never makes a class load.
 * <p>
 * No SQL runs under a lock of the registry: a lookup may wait in the database for another transaction's
 * uncommitted row, and that transaction may itself need the registry. Two threads missing the cache at once both read
 * the table, and their inserts are idempotent.
 */
public final class ContentTypes {

	private final CovetContext context;

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
	 */
	public long idFor(ModelMeta<?> objectsOf) {
		ModelMeta<?> model = objectsOf.tableOwner();
		Long id = this.idsByModel.get(model);
		if (id != null) {
			return id;
		}
		id = createdInThisTransaction().get(model);
		if (id != null) {
			return id;
		}
		// No SQL under a lock: the insert may wait for another transaction's row, and that one may need the registry.
		load();
		id = this.idsByModel.get(model);
		return (id != null) ? id : insert(model);
	}

	/** {@link #idFor(ModelMeta)} if the row exists; never inserts (for reads and deletes). */
	public java.util.OptionalLong existingId(ModelMeta<?> objectsOf) {
		ModelMeta<?> model = objectsOf.tableOwner();
		Long id = this.idsByModel.get(model);
		if (id == null) {
			load();
			id = this.idsByModel.get(model);
		}
		return id == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(id);
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
			load();
			model = this.modelsById.get(key);
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

	/** Reads every row into the cache, except the rows this thread's open transaction created (not committed yet). */
	private void load() {
		Map<ModelMeta<?>, Long> uncommitted = createdInThisTransaction();
		for (ContentType row : this.context.query(ContentType.class).list()) {
			ModelMeta<?> model = this.modelsByNaturalKey.get(row.naturalKey());
			if (model != null && !uncommitted.containsKey(model)) {
				cache(model, row.getId());
			}
		}
	}

	private void cache(ModelMeta<?> model, long id) {
		this.idsByModel.put(model, id);
		this.modelsById.put(id, model);
	}

	/** Inserts the model's row unless some process has, reads its id back, and caches it once that is committed. */
	private long insert(ModelMeta<?> model) {
		ModelMeta<ContentType> table = this.context.registry().meta(ContentType.class);
		String namespace = model.namespace();
		String name = GenericForeignKeyMeta.modelKey(model);
		long id = this.context.transactions().required(() -> {
			List<FieldMeta> naturalKey = List.of(table.field("namespace"), table.field("model"));
			this.context.executor()
				.update(RowInserts.ifAbsent(this.context.dialect(), table, naturalKey, new Object[] { namespace, name },
						naturalKey));
			List<Object> keys = this.context.query(table).filter("namespace", namespace).filter("model", name).lockedKeys();
			return ((Number) keys.get(0)).longValue();
		});
		remember(model, id);
		return id;
	}

	/**
	 * Caches a row this registry created: at once when no transaction is open (the insert committed on its own), else
	 * when the caller's transaction commits; a rollback forgets it.
	 */
	private void remember(ModelMeta<?> model, long id) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			cache(model, id);
			return;
		}
		Map<ModelMeta<?>, Long> created = createdInThisTransaction();
		if (created.isEmpty()) {
			Map<ModelMeta<?>, Long> bound = new HashMap<>();
			TransactionSynchronizationManager.bindResource(this, bound);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(ContentTypes.this);
					if (status == STATUS_COMMITTED) {
						bound.forEach(ContentTypes.this::cache);
					}
				}
			});
			created = bound;
		}
		created.put(model, id);
	}

	/** The rows this registry created in this thread's open transaction, by model; empty outside one. */
	@SuppressWarnings("unchecked")
	private Map<ModelMeta<?>, Long> createdInThisTransaction() {
		Object bound = TransactionSynchronizationManager.getResource(this);
		return (bound != null) ? (Map<ModelMeta<?>, Long>) bound : Map.of();
	}
}
