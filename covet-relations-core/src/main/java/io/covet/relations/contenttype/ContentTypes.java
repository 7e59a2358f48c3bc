package io.covet.relations.contenttype;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DuplicateKeyException;

import io.covet.relations.exception.UnknownContentTypeException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.AutoThroughRow;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;

/**
 * The content-type registry: a stable id per registered model, stored in {@code covet_content_type} and cached both
 * ways. Ids are read back, never reassigned, so they survive restarts and agree between processes (a row two
 * processes insert at once is read back after the unique key refuses the second). Resolution goes only to
 * registered models: a natural key or id read from the database never makes a class load.
 */
public final class ContentTypes {

	private final CovetContext context;

	private final Map<String, ModelMeta<?>> modelsByNaturalKey = new ConcurrentHashMap<>();

	private final Map<ModelMeta<?>, Long> idsByModel = new ConcurrentHashMap<>();

	private final Map<Long, ModelMeta<?>> modelsById = new ConcurrentHashMap<>();

	/** Creates the registry of one context; its cache fills on first use. */
	public ContentTypes(CovetContext context) {
		this.context = context;
		for (ModelMeta<?> model : context.registry().models()) {
			if (model.type() != AutoThroughRow.class) {
				this.modelsByNaturalKey.put(naturalKey(model), model);
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
		synchronized (this) {
			load();
			id = this.idsByModel.get(model);
			if (id == null) {
				id = insert(model);
			}
			return id;
		}
	}

	/** {@link #idFor(ModelMeta)} if the row exists; never inserts (for reads and deletes). */
	public java.util.OptionalLong existingId(ModelMeta<?> objectsOf) {
		ModelMeta<?> model = objectsOf.tableOwner();
		Long id = this.idsByModel.get(model);
		if (id == null) {
			synchronized (this) {
				load();
				id = this.idsByModel.get(model);
			}
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
			synchronized (this) {
				load();
				model = this.modelsById.get(key);
			}
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

	private void load() {
		for (ContentType row : this.context.query(ContentType.class).list()) {
			ModelMeta<?> model = this.modelsByNaturalKey.get(row.naturalKey());
			if (model != null) {
				this.idsByModel.put(model, row.getId());
				this.modelsById.put(row.getId(), model);
			}
		}
	}

	private long insert(ModelMeta<?> model) {
		ContentType row = new ContentType(model.namespace(), GenericForeignKeyMeta.modelKey(model));
		try {
			this.context.transactions().required(() -> this.context.writer().save(this.context.registry().meta(ContentType.class), row));
		}
		catch (DuplicateKeyException concurrentInsert) {
			load();
			Long id = this.idsByModel.get(model);
			if (id != null) {
				return id;
			}
			throw concurrentInsert;
		}
		this.idsByModel.put(model, row.getId());
		this.modelsById.put(row.getId(), model);
		return row.getId();
	}
}
