package io.covet.relations.manager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.GenericKeys;
import io.covet.relations.internal.Values;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.GenericRelationMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;
import io.covet.relations.query.QuerySet;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.GetOrCreateResult;
import io.covet.relations.relation.RelatedManager;

/**
 * {@link RelatedManager} of a generic relation ({@code post.comments()}): the rows whose generic key points at the
 * owner. As in Django, {@code remove} and {@code clear} delete those rows (a generic key has no "nobody" value),
 * through the deletion collector.
 */
public final class GenericRelationManager<T> extends PrefetchableManager<T> implements RelatedManager<T> {

	private final GenericRelationMeta relation;

	/** Creates the manager of one owner; accessor methods bound to the owner create it. */
	public GenericRelationManager(CovetContext context, GenericRelationMeta relation, Object owner) {
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

	@SuppressWarnings("unchecked")
	private ModelMeta<T> related() {
		return (ModelMeta<T>) this.relation.target();
	}

	private GenericForeignKeyMeta key() {
		return this.relation.key();
	}

	private Object storedOwnerKey() {
		ModelMeta<?> source = this.relation.source();
		return GenericKeys.toStored(key(), Values.keyOf(source, source.primaryKey(), this.owner, describe()));
	}

	/**
	 * The rows pointing at the owner. A read never creates the owner's content-type row (which would fail in a
	 * read-only transaction, and write on a read): without one, no row can point at the owner, and the query set
	 * matches nothing, as the generic prefetch and the delete cascade already read it.
	 */
	@Override
	public QuerySet<T> query() {
		Object stored = storedOwnerKey();
		OptionalLong contentType = this.context.contentTypes().existingId(this.relation.source());
		if (contentType.isEmpty()) {
			return this.context.query(related()).filter("pk__in", List.of());
		}
		return pointingAtOwner(contentType.getAsLong(), stored);
	}

	private QuerySet<T> pointingAtOwner(long contentType, Object storedOwnerKey) {
		return this.context.query(related())
			.filter(key().contentTypeField().name(), contentType)
			.filter(key().idField().name(), storedOwnerKey);
	}

	@Override
	public T create(T object) {
		storedOwnerKey();
		checkRelated(object);
		key().set(object, GenericRef.to(this.owner));
		this.context.writer().save(related(), object);
		invalidate();
		return object;
	}

	@Override
	public GetOrCreateResult<T> getOrCreate(Map<String, ?> lookups, Map<String, ?> defaults) {
		// It may create a row pointing at the owner, so it makes sure of the owner's content type, as add() does.
		Object stored = storedOwnerKey();
		GetOrCreateResult<T> result = pointingAtOwner(this.context.contentTypes().idFor(this.relation.source()), stored)
			.getOrCreate(lookups, defaults, created -> key().set(created, GenericRef.to(this.owner)));
		invalidate();
		return result;
	}

	@SafeVarargs
	@Override
	public final void add(T... objects) {
		Object stored = storedOwnerKey();
		List<Object> keys = keysOf(listOf(objects));
		if (keys.isEmpty()) {
			return;
		}
		long contentType = this.context.contentTypes().idFor(this.relation.source());
		Map<String, Object> assignment = new java.util.HashMap<>();
		assignment.put(key().contentTypeField().name(), contentType);
		assignment.put(key().idField().name(), stored);
		// In chunks, as the reverse-FK manager's add: a key list longer than the dialect's cap cannot go at once.
		// In one transaction with the check that every object has a row, so that an object never inserted (its key
		// assigned by the application) fails the call before any object's generic key changes in memory.
		this.context.transactions().required(() -> {
			long updated = 0;
			int chunk = this.context.keyChunkSize(related().primaryKey().valueType());
			for (int start = 0; start < keys.size(); start += chunk) {
				updated += this.context.everyRow(related())
					.filter("pk__in", keys.subList(start, Math.min(keys.size(), start + chunk)))
					.update(assignment);
			}
			MissingRows.require(this.context, related(), keys, updated, describe());
		});
		for (T object : objects) {
			key().set(object, GenericRef.to(this.owner));
		}
		invalidate();
	}

	@SafeVarargs
	@Override
	public final void remove(T... objects) {
		List<Object> keys = keysOf(listOf(objects));
		if (!keys.isEmpty()) {
			query().filter("pk__in", keys).delete();
		}
		invalidate();
	}

	@Override
	public void clear() {
		query().delete();
		invalidate();
	}

	@Override
	public void set(Collection<T> objects) {
		List<Object> keys = keysOf(objects);
		this.context.transactions().required(() -> {
			QuerySet<T> extra = query();
			if (!keys.isEmpty()) {
				extra = extra.exclude("pk__in", keys);
			}
			extra.delete();
			@SuppressWarnings("unchecked")
			T[] array = (T[]) objects.toArray();
			add(array);
		});
		invalidate();
	}

	/** The objects of a varargs call; a null array is refused as a null object is, with a typed exception. */
	private List<T> listOf(T[] objects) {
		if (objects == null) {
			checkRelated(null);
		}
		return Arrays.asList(objects);
	}

	/** The distinct keys of the objects (an UPDATE matches a row once, however often it is named). */
	private List<Object> keysOf(Collection<T> objects) {
		if (objects == null) {
			checkRelated(null);
		}
		Set<Object> keys = new LinkedHashSet<>();
		for (T object : objects) {
			checkRelated(object);
			keys.add(Values.keyOf(related(), related().primaryKey(), object, describe()));
		}
		return new ArrayList<>(keys);
	}

	private void checkRelated(T object) {
		if (object == null || !related().type().isInstance(object)) {
			throw new InvalidValueException(describe() + " relates " + related().name() + " objects, not "
					+ (object == null ? "null" : object.getClass().getSimpleName()));
		}
	}
}
