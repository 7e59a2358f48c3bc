package io.covet.relations.repository;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.util.Assert;

import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.Values;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.query.QuerySet;

/** The {@link CovetRepository} of one model, on a shared context. */
public class DefaultCovetRepository<T, ID> implements CovetRepository<T, ID> {

	private final CovetContext context;

	private final ModelMeta<T> model;

	/** Creates the repository of one model; applications get it from {@code CovetRelations.repository} or as a bean. */
	public DefaultCovetRepository(CovetContext context, ModelMeta<T> model) {
		this.context = context;
		this.model = model;
	}

	/** The metadata of the model this repository serves. */
	public ModelMeta<T> model() {
		return this.model;
	}

	@Override
	public QuerySet<T> objects() {
		return this.context.query(this.model);
	}

	@Override
	public <S extends T> S save(S entity) {
		checkType(entity);
		// ModelWriter.save writes the entity as its own class (a subclass's columns and table included).
		this.context.writer().save(this.model, entity);
		return entity;
	}

	/** The model of the entity's own class (a subclass or proxy of this repository's model), to group a bulk insert. */
	private ModelMeta<T> concrete(T entity) {
		return this.context.registry().modelOf(entity, this.model);
	}

	@Override
	public <S extends T> List<S> saveAll(Iterable<S> entities) {
		Assert.notNull(entities, "The given entities must not be null");
		List<S> list = new ArrayList<>();
		entities.forEach(list::add);
		list.forEach(this::checkType);
		return this.context.transactions().required(() -> {
			list.forEach(entity -> this.context.writer().save(this.model, entity));
			return list;
		});
	}

	@Override
	public List<T> bulkCreate(List<T> instances) {
		instances.forEach(this::checkType);
		// Each instance as its own class (a subclass's columns and table included), as save() writes it.
		Map<ModelMeta<T>, List<T>> byModel = new LinkedHashMap<>();
		for (T instance : instances) {
			byModel.computeIfAbsent(concrete(instance), model -> new ArrayList<>()).add(instance);
		}
		if (byModel.size() <= 1) {
			return this.context.writer().bulkInsert(byModel.isEmpty() ? this.model : byModel.keySet().iterator().next(),
					instances);
		}
		this.context.transactions().required(() -> byModel.forEach(this.context.writer()::bulkInsert));
		return instances;
	}

	@Override
	public T create(Map<String, ?> values) {
		return objects().create(values);
	}

	@Override
	public Optional<T> findById(ID id) {
		Assert.notNull(id, "The given id must not be null");
		return objects().filter("pk", id).limit(1).list().stream().findFirst();
	}

	@Override
	public boolean existsById(ID id) {
		Assert.notNull(id, "The given id must not be null");
		return objects().filter("pk", id).exists();
	}

	@Override
	public List<T> findAll() {
		return objects().list();
	}

	@Override
	public List<T> findAllById(Iterable<ID> ids) {
		List<Object> keys = keys(ids);
		if (keys.isEmpty()) {
			return List.of();
		}
		return new ArrayList<>(objects().inBulk(keys).values());
	}

	@Override
	public long count() {
		return objects().count();
	}

	@Override
	public void deleteById(ID id) {
		Assert.notNull(id, "The given id must not be null");
		objects().filter("pk", id).delete();
	}

	@Override
	public void delete(T entity) {
		checkType(entity);
		Object key = Values.keyOf(this.model, this.model.primaryKey(), entity, "delete()");
		// The caller names the row: the model's default filter, which narrows what is listed, does not hide it.
		this.context.everyRow(this.model).filter("pk", key).delete();
	}

	@Override
	public void deleteAllById(Iterable<? extends ID> ids) {
		List<Object> keys = keys(ids);
		deleteKeys(objects(), keys);
	}

	@Override
	public void deleteAll(Iterable<? extends T> entities) {
		Assert.notNull(entities, "The given entities must not be null");
		List<Object> keys = new ArrayList<>();
		for (T entity : entities) {
			checkType(entity);
			keys.add(Values.keyOf(this.model, this.model.primaryKey(), entity, "deleteAll()"));
		}
		deleteKeys(this.context.everyRow(this.model), keys);
	}

	@Override
	public void deleteAll() {
		objects().delete();
	}

	/** Deletes the rows of {@code rows} with these keys, in chunks under the bind-parameter cap, in one transaction. */
	private void deleteKeys(QuerySet<T> rows, Collection<Object> keys) {
		if (keys.isEmpty()) {
			return;
		}
		List<Object> list = new ArrayList<>(keys);
		int chunk = this.context.keyChunkSize(this.model.primaryKey().valueType());
		this.context.transactions().required(() -> {
			for (int start = 0; start < list.size(); start += chunk) {
				rows.filter("pk__in", list.subList(start, Math.min(list.size(), start + chunk))).delete();
			}
		});
	}

	/** The ids as a list, refusing a null iterable or a null id as Spring Data's contract does. */
	private static List<Object> keys(Iterable<?> ids) {
		Assert.notNull(ids, "The given ids must not be null");
		List<Object> keys = new ArrayList<>();
		for (Object id : ids) {
			Assert.notNull(id, "The given ids must not contain null");
			keys.add(id);
		}
		return keys;
	}

	/** Spring Data's contract for a null entity (IllegalArgumentException), then the model's type. */
	private void checkType(Object entity) {
		Assert.notNull(entity, "The given entity must not be null");
		if (!this.model.type().isInstance(entity)) {
			throw new io.covet.relations.exception.InvalidValueException(this.model.name() + " repository got a "
					+ entity.getClass().getSimpleName());
		}
	}

	@Override
	public String toString() {
		return "CovetRepository[" + this.model.name() + "]";
	}
}
