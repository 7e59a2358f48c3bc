package io.covet.relations.deletion;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import io.covet.relations.annotation.OnDelete;
import io.covet.relations.event.DeleteAction;
import io.covet.relations.event.ModelDeleted;
import io.covet.relations.exception.ProtectedError;
import io.covet.relations.exception.RestrictedError;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.GenericKeys;
import io.covet.relations.internal.KeyedStatements;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.GenericRelationMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ReverseRelation;
import io.covet.relations.observation.RelationOperation;
import io.covet.relations.query.DeleteResult;

/**
 * Deletes rows and applies every {@code onDelete} that points at them, with Django's semantics and set-based SQL.
 *
 * <p>Algorithm: starting from the keys to delete, walk the reverse foreign keys breadth-first. Each step is one
 * statement per relation and key chunk, never one per row (a self-referential tree is read whole with one recursive
 * query): CASCADE selects the children's keys (and continues from
 * them); a child model that nothing references is not even read, it is deleted with {@code WHERE fk IN (...)};
 * PROTECT and RESTRICT collect the referencing keys; SET_NULL, SET_DEFAULT and SET record an update. Only when the
 * walk is complete are errors raised (so a {@link ProtectedError} lists every protected row) and RESTRICT resolved:
 * a restricted row is fine when the same delete removes it through a CASCADE path. Then, in one transaction:
 * deletes of leaf children, updates, nulling of nullable keys that close a cycle, and deletes table by table in
 * {@link DeletionOrder}, referencing tables first. Keys are collected per table, so a row that a single-table child
 * and its base both reach is deleted, counted and reported once.
 *
 * <p>Hazards: a cycle of required (non-nullable) keys has no valid order on databases that check constraints per
 * row (MariaDB); such rows are deleted in reverse discovery order, which suits trees. A real delete (not
 * {@code explain}) reads the rows it will remove, and the children it cascades to, with {@code FOR UPDATE}: a child
 * inserted concurrently then waits for the delete and fails on its foreign key, instead of the delete failing on a
 * row it never saw (should one slip through, the database's constraint fails the final DELETE and the transaction
 * rolls back as a whole). Two deletes taking the same rows in
 * opposite order can deadlock; the database picks a victim, which gets a
 * {@code PessimisticLockingFailureException} and is rolled back whole.
 *
 * <p>An {@link OnDeleteHandler} registered for a relation replaces its {@code onDelete}. {@link ModelDeleted} events
 * (one per model, with every key) are published before and after the statements, inside the transaction; when
 * anyone listens, leaf children are read too so that their keys can be reported. Each {@link #delete} is one
 * {@link RelationOperation.Delete} for the registered operation observers, transaction and cascades included.
 */
public final class DeletionCollector {

	private final CovetContext context;

	private final KeyedStatements statements;

	/** Creates the collector of one context; it reads each model's relations from the context's metadata. */
	public DeletionCollector(CovetContext context) {
		this.context = context;
		this.statements = new KeyedStatements(context);
	}

	/** Deletes the rows of {@code model} with the given primary keys and everything their relations demand. */
	public DeleteResult delete(ModelMeta<?> model, Collection<?> keys) {
		return delete(model, keys, false);
	}

	/**
	 * {@link #delete(ModelMeta, Collection)} for keys the caller has just read with {@code FOR UPDATE} in the current
	 * transaction, as {@code QuerySet.delete()} does in the statement that finds them: the rows are not read and
	 * locked a second time. Called outside that transaction, the rows are not locked at all; use the other method.
	 */
	public DeleteResult deleteLocked(ModelMeta<?> model, Collection<?> lockedKeys) {
		return delete(model, lockedKeys, true);
	}

	private DeleteResult delete(ModelMeta<?> model, Collection<?> keys, boolean locked) {
		if (keys.isEmpty()) {
			return new DeleteResult(0, Map.of());
		}
		return this.context.observers()
			.observe(() -> new RelationOperation.Delete(this.context.dialect().name(), model.name(), keys.size()),
					DeleteResult::total, () -> this.context.transactions().required(() -> {
						List<Object> roots = locked ? new ArrayList<>(keys) : lockRows(model, new ArrayList<>(keys), true);
						return execute(collect(model, roots, true));
					}));
	}

	/** What {@link #delete} would do, computed with reads only. */
	public DeletionPlan explain(ModelMeta<?> model, Collection<?> keys) {
		if (keys.isEmpty()) {
			return new DeletionPlan(Map.of(), Map.of());
		}
		return this.context.transactions().required(() -> {
			Collected collected = collect(model, new ArrayList<>(keys), false);
			Map<String, Long> deletes = new LinkedHashMap<>();
			collected.keysByModel.forEach((meta, modelKeys) -> add(deletes, meta.name(), modelKeys.size()));
			Map<String, Set<Object>> leafKeysByTable = explainLeafDeletes(collected, deletes);
			Map<String, Long> updates = new LinkedHashMap<>();
			for (FieldUpdate update : collected.survivingUpdates()) {
				add(updates, update.relation.describe(), surviving(update.relation, update.childKeys, leafKeysByTable));
			}
			for (Handled handled : collected.handled) {
				add(updates, handled.relation.describe() + " (handler)",
						surviving(handled.relation, handled.childKeys, leafKeysByTable));
			}
			return new DeletionPlan(deletes, updates);
		});
	}

	/**
	 * Adds the rows the leaf deletes would take to {@code deletes}. A model's rows reached by one leaf delete alone are
	 * counted; where several paths reach the same table (two cascading keys of one model, or rows also collected or
	 * updated), the keys are read so that a row reached twice counts once, and returned by table so that an update of
	 * a row being deleted is not reported.
	 */
	private Map<String, Set<Object>> explainLeafDeletes(Collected collected, Map<String, Long> deletes) {
		Map<ModelMeta<?>, List<LeafDelete>> byModel = new LinkedHashMap<>();
		collected.leafDeletes.forEach(leaf -> byModel.computeIfAbsent(leaf.model, m -> new ArrayList<>()).add(leaf));
		Set<String> touched = new HashSet<>(collected.keysByTable.keySet());
		collected.updates.forEach(update -> touched.add(update.relation.source().table()));
		collected.handled.forEach(handled -> touched.add(handled.relation.source().table()));
		Map<String, Set<Object>> leafKeysByTable = new HashMap<>();
		byModel.forEach((model, leaves) -> {
			if (leaves.size() == 1 && !touched.contains(model.table())) {
				LeafDelete leaf = leaves.get(0);
				add(deletes, model.name(), this.statements.count(model, leaf.column, leaf.parentValues));
				return;
			}
			Set<Object> rows = new LinkedHashSet<>();
			for (LeafDelete leaf : leaves) {
				rows.addAll(this.statements.select(model, model.primaryKey(), leaf.column, leaf.parentValues, false));
			}
			rows.removeAll(collected.keysByTable.getOrDefault(model.table(), Set.of()));
			add(deletes, model.name(), rows.size());
			leafKeysByTable.computeIfAbsent(model.table(), table -> new HashSet<>()).addAll(rows);
		});
		return leafKeysByTable;
	}

	/** How many of the children an update or handler would change are not deleted by a leaf delete. */
	private static long surviving(ForeignKeyRelation relation, List<Object> childKeys,
			Map<String, Set<Object>> leafKeysByTable) {
		Set<Object> deleted = leafKeysByTable.getOrDefault(relation.source().table(), Set.of());
		return childKeys.stream().filter(key -> !deleted.contains(key)).count();
	}

	/**
	 * Walks the relations from the rows to delete. With {@code lock} (a real delete, not {@code explain}) every row
	 * that will be deleted is read with FOR UPDATE before its children are looked for, so a child inserted
	 * concurrently waits for the delete and then fails on its foreign key, instead of making the delete fail; the
	 * caller has locked the root rows.
	 */
	private Collected collect(ModelMeta<?> root, List<Object> rootKeys, boolean lock) {
		Collected collected = new Collected();
		Deque<Batch> queue = new ArrayDeque<>();
		enqueue(collected, queue, root, rootKeys);
		while (!queue.isEmpty()) {
			Batch batch = queue.poll();
			Set<GenericRelationMeta> generics = new LinkedHashSet<>();
			Set<ReverseRelation> reverses = new LinkedHashSet<>();
			// Rows of a single-table or proxy model are rows of its whole table family: honour all their relations.
			for (ModelMeta<?> member : batch.model.tableFamily()) {
				generics.addAll(member.genericRelations());
				reverses.addAll(member.reverseRelations());
			}
			for (GenericRelationMeta generic : generics) {
				enqueue(collected, queue, generic.target(), genericChildren(generic, batch.keys));
			}
			for (ReverseRelation reverse : reverses) {
				ForeignKeyRelation foreignKey = reverse.forward();
				ModelMeta<?> child = foreignKey.source();
				List<Object> parentValues = referencedValues(batch.model, foreignKey, batch.keys);
				if (parentValues.isEmpty()) {
					continue;
				}
				OnDeleteHandler handler = this.context.onDeleteHandler(foreignKey);
				OnDelete onDelete = foreignKey.onDelete();
				if (handler == null && onDelete == OnDelete.DO_NOTHING) {
					continue;
				}
				if (handler == null && onDelete == OnDelete.CASCADE && isLeaf(child) && !collected.reached(child)
						&& !this.context.hasEventListeners()) {
					collected.leafDeletes.add(new LeafDelete(child, foreignKey.column(), parentValues));
					continue;
				}
				boolean wholeSubtree = onDelete == OnDelete.CASCADE && child == batch.model
						&& foreignKey.targetField().primaryKey() && foreignKey.isNullable();
				boolean lockChildren = lock && onDelete == OnDelete.CASCADE;
				List<Object> childKeys = wholeSubtree
						? lockRows(child, this.statements.descendants(child, foreignKey.column(), parentValues), lockChildren)
						: this.statements.select(child, child.primaryKey(), foreignKey.column(), parentValues, lockChildren);
				if (childKeys.isEmpty()) {
					continue;
				}
				if (handler != null) {
					collected.handled.add(new Handled(foreignKey, handler, childKeys));
					continue;
				}
				switch (onDelete) {
					case CASCADE -> enqueue(collected, queue, child, childKeys);
					case PROTECT -> collected.protectedKeys.computeIfAbsent(foreignKey.describe(), k -> new ArrayList<>())
						.addAll(childKeys);
					case RESTRICT -> collected.restricted.add(new Restricted(foreignKey, childKeys));
					case SET_NULL -> collected.updates.add(new FieldUpdate(foreignKey, null, childKeys));
					case SET_DEFAULT -> collected.updates.add(new FieldUpdate(foreignKey, defaultValue(foreignKey), childKeys));
					case SET -> collected.updates.add(new FieldUpdate(foreignKey, setValue(foreignKey), childKeys));
					default -> throw new IllegalStateException(onDelete.name());
				}
			}
		}
		if (!collected.protectedKeys.isEmpty()) {
			throw new ProtectedError(root.name(), collected.protectedKeys);
		}
		Map<String, List<Object>> restricted = new LinkedHashMap<>();
		for (Restricted candidate : collected.restricted) {
			List<Object> remaining = collected.notDeleted(candidate.relation.source(), candidate.childKeys);
			if (!remaining.isEmpty()) {
				restricted.computeIfAbsent(candidate.relation.describe(), k -> new ArrayList<>()).addAll(remaining);
			}
		}
		if (!restricted.isEmpty()) {
			throw new RestrictedError(root.name(), restricted);
		}
		return collected;
	}

	private DeleteResult execute(Collected collected) {
		Map<String, Long> counts = new LinkedHashMap<>();
		publish(collected, DeleteAction.PRE_DELETE);
		for (Handled handled : collected.handled) {
			ModelMeta<?> child = handled.relation.source();
			handled.handler.handle(handled.relation, this.context.everyRow(child).filter("pk__in", handled.childKeys));
		}
		// Leaf rows go before the updates (as Django's fast deletes do): an update must not write to a row the delete
		// removes, and the leaf deletes find their rows by a foreign key, without reading which rows those are.
		for (LeafDelete leaf : collected.leafDeletes) {
			add(counts, leaf.model.name(), this.statements.delete(leaf.model, leaf.column, leaf.parentValues));
		}
		for (FieldUpdate update : collected.survivingUpdates()) {
			ModelMeta<?> child = update.relation.source();
			this.statements.update(child, update.relation.column(), update.value, child.primaryKey(), update.childKeys);
		}
		DeletionOrder order = DeletionOrder.of(collected.keysByModel.keySet());
		for (DeletionOrder.Nulling nulling : order.nulledFirst()) {
			ModelMeta<?> model = nulling.model();
			this.statements.update(model, nulling.foreignKey().column(), null, model.primaryKey(),
					collected.keysByModel.get(model));
		}
		for (List<ModelMeta<?>> table : order.tables()) {
			if (table.stream().anyMatch(DeletionOrder::deepestRowsFirst)) {
				// Deepest rows first, across the table's models: each batch references only rows found before it.
				List<Batch> batches = collected.batchesOf(table);
				for (int i = batches.size() - 1; i >= 0; i--) {
					Batch batch = batches.get(i);
					long deleted = this.statements.delete(batch.model, batch.model.primaryKey(), batch.keys);
					add(counts, batch.model.name(), deleted);
				}
				continue;
			}
			for (ModelMeta<?> model : table) {
				add(counts, model.name(),
						this.statements.delete(model, model.primaryKey(), new ArrayList<>(collected.keysByModel.get(model))));
			}
		}
		publish(collected, DeleteAction.POST_DELETE);
		long total = counts.values().stream().mapToLong(Long::longValue).sum();
		return new DeleteResult(total, counts);
	}

	private void publish(Collected collected, DeleteAction action) {
		if (!this.context.hasEventListeners()) {
			return;
		}
		collected.keysByModel.forEach(
				(model, keys) -> this.context.publish(new ModelDeleted(action, model.type(), model.name(), keys)));
	}

	/**
	 * A model nothing references can be deleted by its foreign key without reading its keys first. Not a multi-table
	 * child: its parent's row goes with it (and the parent's relations apply), which needs its keys. Its rows are
	 * rows of its single-table and proxy relatives too, so their relations count as its own.
	 */
	private static boolean isLeaf(ModelMeta<?> model) {
		if (model.parentLink() != null) {
			return false;
		}
		List<ModelMeta<?>> family = model.tableFamily();
		for (ModelMeta<?> member : family) {
			if (!member.reverseRelations().isEmpty() || !member.genericRelations().isEmpty()) {
				return false;
			}
			for (ForeignKeyRelation foreignKey : member.forwardRelations()) {
				if (foreignKey.onDelete() == OnDelete.RESTRICT || family.contains(foreignKey.target())) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Adds rows to delete and queues the new ones for their own relations. A multi-table child's rows take their
	 * parent's rows along (same keys), as Django deletes the parent of a deleted child.
	 */
	private static void enqueue(Collected collected, Deque<Batch> queue, ModelMeta<?> model, Collection<?> keys) {
		List<Object> added = collected.add(model, keys);
		if (added.isEmpty()) {
			return;
		}
		queue.add(new Batch(model, added));
		if (model.parentLink() != null) {
			enqueue(collected, queue, model.linkedParent(), added);
		}
	}

	/** With {@code lock}, reads the rows of {@code keys} FOR UPDATE and returns the keys still there. */
	private List<Object> lockRows(ModelMeta<?> model, List<Object> keys, boolean lock) {
		return (lock && !keys.isEmpty()) ? this.statements.select(model, model.primaryKey(), model.primaryKey(), keys, true)
				: keys;
	}

	/** Keys of the rows whose generic key points at the given rows (Django deletes them with their target). */
	private List<Object> genericChildren(GenericRelationMeta generic, List<Object> parentKeys) {
		OptionalLong contentType = this.context.contentTypes().existingId(generic.source());
		if (contentType.isEmpty()) {
			return List.of();
		}
		GenericForeignKeyMeta key = generic.key();
		List<Object> stored = new ArrayList<>();
		for (Object parentKey : parentKeys) {
			stored.add(GenericKeys.toStored(key, parentKey));
		}
		List<Object> childKeys = new ArrayList<>();
		int chunk = this.context.keyChunkSize(key.idField().valueType());
		for (int start = 0; start < stored.size(); start += chunk) {
			for (Map<String, Object> row : this.context.everyRow(generic.target())
				.filter(key.contentTypeField().name(), contentType.getAsLong())
				.filter(key.idField().name() + "__in", stored.subList(start, Math.min(stored.size(), start + chunk)))
				.values("pk")) {
				childKeys.add(row.get("pk"));
			}
		}
		return childKeys;
	}

	/** Values of the field the foreign key references, for the given parent keys. */
	private List<Object> referencedValues(ModelMeta<?> parent, ForeignKeyRelation foreignKey, List<Object> parentKeys) {
		FieldMeta referenced = foreignKey.targetField();
		if (referenced.primaryKey()) {
			return parentKeys;
		}
		return this.statements.select(parent, referenced, parent.primaryKey(), parentKeys);
	}

	private static Object defaultValue(ForeignKeyRelation foreignKey) {
		return foreignKey.column().columnValue(foreignKey.source().newInstance());
	}

	private static Object setValue(ForeignKeyRelation foreignKey) {
		return GenericKeys.parseKey(foreignKey.column().valueType(), foreignKey.onDeleteValue());
	}

	private static void add(Map<String, Long> counts, String key, long value) {
		if (value > 0) {
			counts.merge(key, value, Long::sum);
		}
	}

	private record Batch(ModelMeta<?> model, List<Object> keys) {
	}

	private record LeafDelete(ModelMeta<?> model, FieldMeta column, List<Object> parentValues) {
	}

	private record FieldUpdate(ForeignKeyRelation relation, Object value, List<Object> childKeys) {
	}

	private record Restricted(ForeignKeyRelation relation, List<Object> childKeys) {
	}

	private record Handled(ForeignKeyRelation relation, OnDeleteHandler handler, List<Object> childKeys) {
	}

	/** Everything a walk found. */
	private static final class Collected {

		/**
		 * The keys to delete per model, for models with any: a row is under the first model that reached it (see
		 * {@link #keysByTable}).
		 */
		final Map<ModelMeta<?>, Set<Object>> keysByModel = new LinkedHashMap<>();

		final List<LeafDelete> leafDeletes = new ArrayList<>();

		final List<FieldUpdate> updates = new ArrayList<>();

		final Map<String, List<Object>> protectedKeys = new LinkedHashMap<>();

		final List<Restricted> restricted = new ArrayList<>();

		final List<Handled> handled = new ArrayList<>();

		/** Every batch of fresh keys, of any model, in the order the walk found them. */
		final List<Batch> discovered = new ArrayList<>();

		/**
		 * Every collected key per table. A row of a single-table or proxy model is a row of its base's table too:
		 * reached again through another model of that table, it is the same row, collected once.
		 */
		final Map<String, Set<Object>> keysByTable = new HashMap<>();

		/** Adds keys to a model's set; returns those not seen before, under this model or another of its table. */
		List<Object> add(ModelMeta<?> model, Collection<?> keys) {
			Set<Object> inTable = this.keysByTable.computeIfAbsent(model.table(), table -> new HashSet<>());
			List<Object> fresh = new ArrayList<>();
			for (Object key : keys) {
				if (inTable.add(key)) {
					fresh.add(key);
				}
			}
			if (!fresh.isEmpty()) {
				this.keysByModel.computeIfAbsent(model, m -> new LinkedHashSet<>()).addAll(fresh);
				this.discovered.add(new Batch(model, fresh));
			}
			return fresh;
		}

		/** Whether the walk has reached rows of this model's table (under any model of it), even none fresh. */
		boolean reached(ModelMeta<?> model) {
			return this.keysByTable.containsKey(model.table());
		}

		/** The keys of rows of {@code model}'s table that this delete does not remove. */
		List<Object> notDeleted(ModelMeta<?> model, List<Object> keys) {
			Set<Object> deleted = this.keysByTable.getOrDefault(model.table(), Set.of());
			return keys.stream().filter(key -> !deleted.contains(key)).toList();
		}

		/** The batches of these models (one table's), in the order the walk found them. */
		List<Batch> batchesOf(List<ModelMeta<?>> models) {
			return this.discovered.stream().filter(batch -> models.contains(batch.model)).toList();
		}

		/** Updates of rows that are not deleted anyway. */
		List<FieldUpdate> survivingUpdates() {
			List<FieldUpdate> surviving = new ArrayList<>();
			for (FieldUpdate update : this.updates) {
				List<Object> keys = notDeleted(update.relation.source(), update.childKeys);
				if (!keys.isEmpty()) {
					surviving.add(new FieldUpdate(update.relation, update.value, keys));
				}
			}
			return surviving;
		}
	}
}
