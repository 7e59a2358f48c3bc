package io.covet.relations.manager;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.covet.relations.event.ManyToManyAction;
import io.covet.relations.event.ManyToManyChanged;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.KeyedStatements;
import io.covet.relations.internal.Keys;
import io.covet.relations.internal.RowInserts;
import io.covet.relations.internal.Values;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;
import io.covet.relations.observation.RelationOperation;
import io.covet.relations.query.QuerySet;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.sql.Operation;
import io.covet.relations.sql.SqlBuilder;

/**
 * {@link ManyRelatedManager} of one owner on one side of a many-to-many. Adds are one multi-row INSERT per chunk that
 * skips existing pairs through the dialect's conflict clause (so concurrent adds of one pair never fail and never
 * duplicate); symmetrical relations write both directions in the same statement. When event listeners exist, the
 * keys actually affected are read first so that events carry exact key sets.
 */
public final class ManyToManyManager<T> extends PrefetchableManager<T> implements ManyRelatedManager<T> {

	private final ManyToManySide side;

	/** Creates the manager of one owner on one side; accessor methods bound to the owner create it. */
	public ManyToManyManager(CovetContext context, ManyToManySide side, Object owner) {
		super(context, owner);
		this.side = side;
	}

	@Override
	String describe() {
		return this.side.describe();
	}

	@Override
	Relation relation() {
		return this.side;
	}

	@Override
	String relationName() {
		return this.side.name();
	}

	@SuppressWarnings("unchecked")
	private ModelMeta<T> other() {
		return (ModelMeta<T>) this.side.target();
	}

	private ModelMeta<?> through() {
		return this.side.through();
	}

	private Object ownerKey() {
		return Values.keyOf(this.side.source(), this.side.ownerKey().targetField(), this.owner, this.side.describe());
	}

	@Override
	public QuerySet<T> query() {
		ForeignKeyRelation otherKey = this.side.otherKey();
		if (otherKey.reverse() == null) {
			throw new InvalidQueryException("Cannot query " + this.side.describe() + ": " + otherKey.describe()
					+ " has relatedName \"+\"; give it a related name");
		}
		return this.context.query(other()).filter(otherKey.reverse().name() + "__" + this.side.ownerKey().name(), ownerKey());
	}

	@Override
	public void add(Object... objectsOrKeys) {
		add(objectsOrKeys == null ? null : Arrays.asList(objectsOrKeys), Map.of());
	}

	@Override
	public void add(Collection<?> objectsOrKeys, Map<String, ?> throughDefaults) {
		Object owner = ownerKey();
		Set<Object> keys = keysOf(objectsOrKeys);
		Map<FieldMeta, Object> extras = extraColumns(throughDefaults);
		if (keys.isEmpty()) {
			return;
		}
		observed("add", () -> {
			Set<Object> missing = keys;
			// The existing pairs are read when the events must name only the new ones, or when the insert cannot skip
			// them by itself; otherwise the insert's conflict clause skips them, and add(n) is one statement.
			if (this.context.hasEventListeners() || !skipsOnlyExistingPairs()) {
				missing = Keys.setOf(keys);
				missing.removeAll(related(owner, keys));
			}
			if (this.context.hasEventListeners()) {
				publish(ManyToManyAction.PRE_ADD, missing);
			}
			insertPairs(owner, missing, extras);
			if (this.context.hasEventListeners()) {
				publish(ManyToManyAction.POST_ADD, missing);
			}
		});
		invalidate();
	}

	@Override
	public void remove(Object... objectsOrKeys) {
		Object owner = ownerKey();
		Set<Object> keys = keysOf(objectsOrKeys == null ? null : Arrays.asList(objectsOrKeys));
		if (keys.isEmpty()) {
			return;
		}
		observed("remove", () -> removePairs(owner, keys));
		invalidate();
	}

	@Override
	public void clear() {
		Object owner = ownerKey();
		observed("clear", () -> {
			if (QuerySet.hasDefaultFilter(other())) {
				// Only the links to targets the default filter lists: the others stay, as Django's clear() keeps them.
				Set<Object> listed = listed(related(owner, null));
				publish(ManyToManyAction.PRE_CLEAR, listed);
				if (!listed.isEmpty()) {
					deletePairs(owner, listed);
				}
				publish(ManyToManyAction.POST_CLEAR, listed);
				return;
			}
			Set<Object> before = this.context.hasEventListeners() ? related(owner, null) : Set.of();
			publish(ManyToManyAction.PRE_CLEAR, before);
			deletePairs(owner, null);
			publish(ManyToManyAction.POST_CLEAR, before);
		});
		invalidate();
	}

	@Override
	public void set(Collection<?> objectsOrKeys, boolean clear, Map<String, ?> throughDefaults) {
		Object owner = ownerKey();
		Set<Object> wanted = keysOf(objectsOrKeys);
		observed("set", () -> {
			lockOwner(owner);
			if (clear) {
				clear();
				add(wanted, throughDefaults);
				return;
			}
			Set<Object> current = related(owner, null);
			Set<Object> extra = Keys.setOf(current);
			extra.removeAll(wanted);
			// A link to a target the default filter hides is not the caller's to remove: the caller cannot list it.
			extra = listed(extra);
			Set<Object> missing = Keys.setOf(wanted);
			missing.removeAll(current);
			// The through model's required columns matter only to rows inserted: a set that only removes needs none.
			Map<FieldMeta, Object> extras = missing.isEmpty() ? Map.of() : extraColumns(throughDefaults);
			if (!extra.isEmpty()) {
				publish(ManyToManyAction.PRE_REMOVE, extra);
				deletePairs(owner, extra);
				publish(ManyToManyAction.POST_REMOVE, extra);
			}
			if (!missing.isEmpty()) {
				publish(ManyToManyAction.PRE_ADD, missing);
				insertPairs(owner, missing, extras);
				publish(ManyToManyAction.POST_ADD, missing);
			}
		});
		invalidate();
	}

	@Override
	public T create(T object, Map<String, ?> throughDefaults) {
		ownerKey();
		if (object == null || !other().type().isInstance(object)) {
			throw new InvalidValueException(this.side.describe() + " relates " + other().name() + " objects, not "
					+ (object == null ? "null" : object.getClass().getSimpleName()));
		}
		extraColumns(throughDefaults);
		this.context.transactions().required(() -> {
			this.context.writer().save(other(), object);
			add(List.of(object), throughDefaults);
		});
		return object;
	}

	/**
	 * Locks the owner's row, so that concurrent {@code set} calls on one owner run one after the other: each reads
	 * the pairs, then writes only the difference, and two interleaved would leave a mix of both inputs.
	 */
	private void lockOwner(Object owner) {
		ModelMeta<?> source = this.side.source();
		FieldMeta key = this.side.ownerKey().targetField();
		SqlBuilder sql = new SqlBuilder(this.context.dialect()).sql("SELECT ")
			.id(key.column())
			.sql(" FROM ")
			.id(source.table())
			.sql(" WHERE ")
			.id(key.column())
			.sql(" = ")
			.param(owner, key.valueType())
			.sql(this.context.dialect().forUpdate());
		this.context.executor().query(sql.build(Operation.SELECT, source.name()), rs -> null);
	}

	private void removePairs(Object owner, Set<Object> keys) {
		Set<Object> affected = keys;
		if (this.context.hasEventListeners()) {
			affected = related(owner, keys);
			publish(ManyToManyAction.PRE_REMOVE, affected);
		}
		deletePairs(owner, keys);
		if (this.context.hasEventListeners()) {
			publish(ManyToManyAction.POST_REMOVE, affected);
		}
	}

	/**
	 * Of {@code keys} of the other side, those the target's default filter lists; all of them when it has none. As
	 * Django's manager, which is built on the target's default manager, {@code set} and {@code clear} remove only
	 * the links to these: a caller shown only the listed targets never drops the links to the hidden ones.
	 */
	private Set<Object> listed(Set<Object> keys) {
		if (keys.isEmpty() || !QuerySet.hasDefaultFilter(other())) {
			return keys;
		}
		FieldMeta targetField = this.side.otherKey().targetField();
		String name = targetField.primaryKey() ? "pk" : targetField.name();
		FieldMeta otherColumn = this.side.otherKey().column();
		Set<Object> listed = Keys.newSet();
		List<Object> all = new ArrayList<>(keys);
		int chunk = this.context.readChunkSize(targetField.valueType());
		for (int start = 0; start < all.size(); start += chunk) {
			List<Object> slice = all.subList(start, Math.min(all.size(), start + chunk));
			for (Map<String, Object> row : this.context.query(other()).filter(name + "__in", slice).values(name)) {
				listed.add(Values.toColumnValue(otherColumn, row.get(name)));
			}
		}
		Set<Object> kept = Keys.newSet();
		for (Object key : keys) {
			if (listed.contains(key)) {
				kept.add(key);
			}
		}
		return kept;
	}

	/**
	 * Keys of the other side related to the owner, all or among {@code among}, as a {@link Keys#setOf} set: keys read
	 * here and keys the caller gave are compared as the database compares them (a {@code byte[]} by its bytes).
	 */
	private Set<Object> related(Object owner, Set<Object> among) {
		ModelMeta<?> through = through();
		FieldMeta ownerColumn = this.side.ownerKey().column();
		FieldMeta otherColumn = this.side.otherKey().column();
		List<Object> found = new KeyedStatements(this.context).select(through, otherColumn, ownerColumn, List.of(owner));
		Set<Object> related = Keys.setOf(found);
		if (among != null) {
			related.retainAll(among);
		}
		return related;
	}

	/** Link rows by owner key, then other key (keys of one column share a type). */
	private static final Comparator<Object[]> PAIR_ORDER = (one, other) -> {
		int byOwner = Keys.compare(one[0], other[0]);
		return (byOwner != 0) ? byOwner : Keys.compare(one[1], other[1]);
	};

	private void insertPairs(Object owner, Set<Object> keys, Map<FieldMeta, Object> extras) {
		if (keys.isEmpty()) {
			return;
		}
		boolean symmetrical = this.side.declaration().isSymmetrical();
		ModelMeta<?> through = through();
		FieldMeta ownerColumn = this.side.ownerKey().column();
		FieldMeta otherColumn = this.side.otherKey().column();
		List<FieldMeta> columns = new ArrayList<>();
		columns.add(ownerColumn);
		columns.add(otherColumn);
		columns.addAll(extras.keySet());
		// A through model whose key the database does not generate (a UUID, say) gets each row's key from a new
		// instance, as Django calls the key field's default.
		FieldMeta rowKey = through.primaryKey().generated() ? null : through.primaryKey();
		if (rowKey != null) {
			columns.add(rowKey);
		}
		List<Object[]> rows = new ArrayList<>();
		for (Object key : keys) {
			rows.add(row(owner, key, extras, rowKey));
			if (symmetrical && !Keys.same(key, owner)) {
				rows.add(row(key, owner, extras, rowKey));
			}
		}
		// In key order, so that concurrent adds of the same pairs (a.friends.add(b) against b.friends.add(a), or one
		// list in opposite orders) lock the unique index's entries in the same order instead of deadlocking.
		rows.sort(PAIR_ORDER);
		String skipExisting = skipsOnlyExistingPairs()
				? this.context.dialect().onConflictDoNothing(List.of(ownerColumn.column(), otherColumn.column())) : "";
		int perStatement = RowInserts.rowsPerStatement(this.context.dialect(), columns.size(), 1000);
		for (int start = 0; start < rows.size(); start += perStatement) {
			List<Object[]> chunk = rows.subList(start, Math.min(rows.size(), start + perStatement));
			SqlBuilder sql = RowInserts.values(this.context.dialect(), through, columns, chunk);
			sql.sql(skipExisting);
			this.context.executor().update(sql.build(Operation.INSERT, through.name()));
		}
	}

	/**
	 * Whether the dialect's conflict clause may guard the insert: it skips a pair that a concurrent writer inserted
	 * after this one read the existing pairs. MariaDB's {@code ON DUPLICATE KEY} cannot name the key it covers, so on
	 * a through model with another unique key it would also swallow a violation of that key (and report the pair as
	 * added); there the existing pairs are read first and the insert goes without it, so a pair another writer
	 * inserts in between fails instead of being skipped.
	 */
	private boolean skipsOnlyExistingPairs() {
		if (this.context.dialect().conflictClauseNamesItsKey()) {
			return true;
		}
		ModelMeta<?> through = through();
		FieldMeta ownerColumn = this.side.ownerKey().column();
		FieldMeta otherColumn = this.side.otherKey().column();
		for (FieldMeta field : through.fields()) {
			if (field.unique() && !field.primaryKey()) {
				return false;
			}
		}
		for (List<FieldMeta> together : through.uniqueTogether()) {
			if (!Set.copyOf(together).equals(Set.of(ownerColumn, otherColumn))) {
				return false;
			}
		}
		return true;
	}

	/** A link row's values in the order of its columns: owner, other, extras, then its own key if it needs one. */
	private Object[] row(Object owner, Object other, Map<FieldMeta, Object> extras, FieldMeta rowKey) {
		Object[] row = new Object[2 + extras.size() + ((rowKey != null) ? 1 : 0)];
		row[0] = owner;
		row[1] = other;
		int i = 2;
		for (Object value : extras.values()) {
			row[i++] = value;
		}
		if (rowKey != null) {
			Object key = rowKey.columnValue(through().newInstance());
			if (key == null) {
				throw new InvalidValueException("Adding to " + this.side.describe() + " needs a key for each "
						+ through().name() + " row: its key " + rowKey.describe() + " is not generated by the database "
						+ "and a new instance leaves it null; give the field an initial value (UUID.randomUUID())");
			}
			row[i] = key;
		}
		return row;
	}

	/** Deletes the owner's pairs with {@code keys} (all of them when {@code null}), both directions if symmetrical. */
	private void deletePairs(Object owner, Set<Object> keys) {
		ModelMeta<?> through = through();
		FieldMeta ownerColumn = this.side.ownerKey().column();
		FieldMeta otherColumn = this.side.otherKey().column();
		boolean symmetrical = this.side.declaration().isSymmetrical();
		List<Object> all = keys == null ? null : new ArrayList<>(keys);
		// An IN-list on every database (not an array parameter): chunked as configured, and under the cap.
		int chunk = keys == null ? 1
				: Math.max(1, Math.min(this.context.keyChunkSize(), this.context.dialect().maxBindParameters() / 2 - 2));
		int size = keys == null ? 1 : all.size();
		for (int start = 0; start < size; start += chunk) {
			List<Object> slice = all == null ? null : all.subList(start, Math.min(all.size(), start + chunk));
			SqlBuilder sql = new SqlBuilder(this.context.dialect()).sql("DELETE FROM ").id(through.table()).sql(" WHERE (");
			pairCondition(sql, ownerColumn, otherColumn, owner, slice);
			if (symmetrical) {
				sql.sql(") OR (");
				pairCondition(sql, otherColumn, ownerColumn, owner, slice);
			}
			sql.sql(")");
			this.context.executor().update(sql.build(Operation.DELETE, through.name()));
		}
	}

	private static void pairCondition(SqlBuilder sql, FieldMeta ownerColumn, FieldMeta otherColumn, Object owner,
			List<Object> keys) {
		sql.id(ownerColumn.column()).sql(" = ").param(owner, ownerColumn.valueType());
		if (keys == null) {
			return;
		}
		sql.sql(" AND ").id(otherColumn.column()).sql(" IN (");
		for (int i = 0; i < keys.size(); i++) {
			sql.sql(i > 0 ? ", " : "").param(keys.get(i), otherColumn.valueType());
		}
		sql.sql(")");
	}

	/** Keys of the other side for objects or keys, checked before any SQL runs; a {@link Keys#setOf} set. */
	private Set<Object> keysOf(Collection<?> objectsOrKeys) {
		if (objectsOrKeys == null) {
			throw new InvalidValueException(this.side.describe() + " cannot relate null");
		}
		Set<Object> keys = Keys.newSet();
		FieldMeta otherColumn = this.side.otherKey().column();
		for (Object item : objectsOrKeys) {
			if (item == null) {
				throw new InvalidValueException(this.side.describe() + " cannot relate null");
			}
			if (item instanceof Collection<?>) {
				throw new InvalidValueException(this.side.describe() + " takes objects or keys, not a nested collection");
			}
			Object key = Values.toColumnValue(otherColumn, item);
			if (registeredModel(item) && !other().type().isInstance(item)) {
				throw new InvalidValueException(this.side.describe() + " relates " + other().name() + " objects, not "
						+ item.getClass().getSimpleName());
			}
			keys.add(key);
		}
		return keys;
	}

	private boolean registeredModel(Object item) {
		return this.context.registry().contains(item.getClass());
	}

	/** Values for the through model's extra columns; missing required ones fail before any SQL runs. */
	private Map<FieldMeta, Object> extraColumns(Map<String, ?> givenDefaults) {
		// No map means no values, as Django's through_defaults=None.
		Map<String, ?> throughDefaults = (givenDefaults == null) ? Map.of() : givenDefaults;
		ModelMeta<?> through = through();
		FieldMeta ownerColumn = this.side.ownerKey().column();
		FieldMeta otherColumn = this.side.otherKey().column();
		Map<FieldMeta, Object> extras = new LinkedHashMap<>();
		for (String name : throughDefaults.keySet()) {
			FieldMeta field = through.field(name);
			if (field == null || field == ownerColumn || field == otherColumn || field.primaryKey()) {
				throw new UnknownFieldException(through.name(), name, through.fields()
					.stream()
					.filter(f -> f != ownerColumn && f != otherColumn && !f.primaryKey())
					.map(FieldMeta::name)
					.toList());
			}
		}
		Object blank = null;
		for (FieldMeta field : through.fields()) {
			if (field.primaryKey() || field == ownerColumn || field == otherColumn) {
				continue;
			}
			if (throughDefaults.containsKey(field.name())) {
				extras.put(field, Values.toColumnValue(field, throughDefaults.get(field.name())));
				continue;
			}
			if (blank == null) {
				blank = through.newInstance();
			}
			Object initial = field.columnValue(blank);
			if (initial == null && !field.nullable()) {
				throw new InvalidValueException("Adding to " + this.side.describe() + " needs a value for "
						+ field.describe() + ": pass it in throughDefaults");
			}
			extras.put(field, initial);
		}
		return extras;
	}

	/** Runs one change in a transaction, observed as a {@link RelationOperation.ManyToMany} with {@code action}. */
	private void observed(String action, Runnable change) {
		this.context.observers()
			.observe(() -> new RelationOperation.ManyToMany(this.context.dialect().name(), this.side.describe(), action),
					() -> this.context.transactions().required(change));
	}

	private void publish(ManyToManyAction action, Set<Object> keys) {
		if (this.context.hasEventListeners()) {
			this.context.publish(new ManyToManyChanged(action, this.owner, this.side.describe(), other().type(),
					this.side.isReverse(), keys));
		}
	}

}
