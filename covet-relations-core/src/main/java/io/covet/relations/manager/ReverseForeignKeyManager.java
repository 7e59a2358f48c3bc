package io.covet.relations.manager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.covet.relations.exception.DoesNotExist;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.Keys;
import io.covet.relations.internal.Values;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;
import io.covet.relations.metadata.ReverseRelation;
import io.covet.relations.query.Q;
import io.covet.relations.query.QuerySet;
import io.covet.relations.relation.GetOrCreateResult;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/**
 * {@link RelatedManager} of one owner for one reverse foreign key (Django's RelatedManager). Reads answer from the
 * prefetched list when there is one; writes are single set-based statements and drop the prefetched list.
 */
public final class ReverseForeignKeyManager<T> extends PrefetchableManager<T> implements RelatedManager<T> {

	private final ReverseRelation relation;

	/** Creates the manager of one owner; accessor methods bound to the owner create it. */
	public ReverseForeignKeyManager(CovetContext context, ReverseRelation relation, Object owner) {
		super(context, owner);
		this.relation = relation;
	}

	@Override
	String describe() {
		return this.relation.describe();
	}

	@Override
	Relation relation() {
		return this.relation;
	}

	@Override
	String relationName() {
		return this.relation.name();
	}

	private ForeignKeyRelation foreignKey() {
		return this.relation.forward();
	}

	@SuppressWarnings("unchecked")
	private ModelMeta<T> target() {
		return (ModelMeta<T>) this.relation.target();
	}

	private Object ownerKey() {
		return Values.keyOf(this.relation.source(), foreignKey().targetField(), this.owner, this.relation.describe());
	}

	@Override
	public QuerySet<T> query() {
		return this.context.query(target()).filter(foreignKey().name(), ownerKey());
	}

	@Override
	public T create(T object) {
		Object key = ownerKey();
		checkTarget(object);
		foreignKey().column().set(object, Ref.loaded(key, this.owner));
		this.context.writer().save(target(), object);
		invalidate();
		return object;
	}

	@Override
	public GetOrCreateResult<T> getOrCreate(Map<String, ?> lookups, Map<String, ?> defaults) {
		Object key = ownerKey();
		GetOrCreateResult<T> result = query().getOrCreate(lookups, defaults,
				created -> foreignKey().column().set(created, Ref.loaded(key, this.owner)));
		if (result.created()) {
			invalidate();
		}
		return result;
	}

	@SafeVarargs
	@Override
	public final void add(T... objects) {
		Object key = ownerKey();
		List<Object> keys = keysOf(listOf(objects));
		if (keys.isEmpty()) {
			return;
		}
		Map<String, Object> assignment = new HashMap<>();
		assignment.put(foreignKey().name(), key);
		this.context.transactions().required(() -> attach(keys, assignment));
		for (T object : objects) {
			foreignKey().column().set(object, Ref.loaded(key, this.owner));
		}
		invalidate();
	}

	@SafeVarargs
	@Override
	public final void remove(T... objects) {
		requireNullable("remove");
		Object key = ownerKey();
		List<Object> keys = keysOf(listOf(objects));
		for (T object : objects) {
			requireOwned(object, key);
		}
		Map<String, Object> assignment = new HashMap<>();
		assignment.put(foreignKey().name(), null);
		this.context.transactions().required(() -> updateInChunks(keys, assignment, key));
		for (T object : objects) {
			foreignKey().column().set(object, Ref.none());
		}
		invalidate();
	}

	@Override
	public void clear() {
		requireNullable("clear");
		Map<String, Object> assignment = new HashMap<>();
		assignment.put(foreignKey().name(), null);
		query().update(assignment);
		invalidate();
	}

	@Override
	public void set(Collection<T> objects) {
		requireNullable("set");
		Object key = ownerKey();
		List<Object> keys = keysOf(objects);
		this.context.transactions().required(() -> {
			Map<String, Object> detach = new HashMap<>();
			detach.put(foreignKey().name(), null);
			QuerySet<T> current = query();
			if (!keys.isEmpty()) {
				current = current.exclude(Q.of("pk__in", keys));
			}
			current.update(detach);
			Map<String, Object> attach = new HashMap<>();
			attach.put(foreignKey().name(), key);
			attach(keys, attach);
		});
		for (T object : objects) {
			foreignKey().column().set(object, Ref.loaded(key, this.owner));
		}
		invalidate();
	}

	/**
	 * Points the rows with {@code keys} at the owner; inside the caller's transaction, so that an object that has no
	 * row (never inserted, though its key is set, or deleted meanwhile) fails the whole call before any object's
	 * reference changes in memory, as Django refuses an unsaved instance.
	 */
	private void attach(List<Object> keys, Map<String, Object> assignment) {
		long rows = updateInChunks(keys, assignment, null);
		MissingRows.require(this.context, target(), keys, rows, this.relation.describe());
	}

	private long updateInChunks(List<Object> keys, Map<String, Object> assignment, Object onlyWhenOwnedBy) {
		long updated = 0;
		int chunk = this.context.keyChunkSize(target().primaryKey().valueType());
		for (int start = 0; start < keys.size(); start += chunk) {
			QuerySet<T> rows = this.context.everyRow(target())
				.filter("pk__in", keys.subList(start, Math.min(keys.size(), start + chunk)));
			if (onlyWhenOwnedBy != null) {
				rows = rows.filter(foreignKey().name(), onlyWhenOwnedBy);
			}
			updated += rows.update(assignment);
		}
		return updated;
	}

	/** The objects of a varargs call; a null array is refused as a null object is, with a typed exception. */
	private List<T> listOf(T[] objects) {
		if (objects == null) {
			throw new InvalidValueException(this.relation.describe() + " cannot relate null");
		}
		return Arrays.asList(objects);
	}

	private List<Object> keysOf(Collection<T> objects) {
		if (objects == null) {
			throw new InvalidValueException(this.relation.describe() + " cannot relate null");
		}
		Set<Object> keys = new LinkedHashSet<>();
		FieldMeta pk = target().primaryKey();
		for (T object : objects) {
			checkTarget(object);
			keys.add(Values.keyOf(target(), pk, object, this.relation.describe()));
		}
		return new ArrayList<>(keys);
	}

	private void checkTarget(T object) {
		if (object == null) {
			throw new InvalidValueException(this.relation.describe() + " cannot relate null");
		}
		if (!target().type().isInstance(object)) {
			throw new InvalidValueException(this.relation.describe() + " expects " + target().name() + " instances, got "
					+ object.getClass().getSimpleName());
		}
	}

	/**
	 * Refuses, before anything changes, an object whose key (as the caller holds it, as in Django) points at another
	 * owner or none: removing it would change nothing in the database, while clearing its key in memory would detach
	 * it from its real owner at its next save. Keys compare as the database compares them ({@link Keys#same}): a
	 * {@code byte[]} key by its bytes, a {@code BigDecimal} by its value.
	 */
	private void requireOwned(T object, Object ownerKey) {
		FieldMeta column = foreignKey().column();
		if (!Keys.same(Values.toColumnValue(column, column.get(object)), Values.toColumnValue(column, ownerKey))) {
			throw DoesNotExist.notRelated(target().name(),
					target().name() + " " + target().primaryKeyValue(object),
					this.relation.source().name() + " " + this.relation.source().primaryKeyValue(this.owner));
		}
	}

	private void requireNullable(String operation) {
		if (!foreignKey().isNullable()) {
			throw new InvalidQueryException(this.relation.describe() + "." + operation + "() needs a nullable foreign key, but "
					+ foreignKey().describe() + " is not nullable; delete the objects or point them elsewhere instead");
		}
	}

}
