package io.covet.relations.query;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import io.covet.relations.event.RelationPrefetched;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.GenericKeys;
import io.covet.relations.manager.GenericRelationManager;
import io.covet.relations.manager.ManyToManyManager;
import io.covet.relations.manager.ReverseForeignKeyManager;
import io.covet.relations.manager.ReverseOneToOneAccessor;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.GenericRelationMeta;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;
import io.covet.relations.metadata.RelationKind;
import io.covet.relations.metadata.ReverseRelation;
import io.covet.relations.observation.RelationOperation;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;

/**
 * Loads relations of already-read instances with one query per relation level: collect the keys, select the related
 * rows with {@code key IN (...)} (one array parameter on PostgreSQL, chunks under the bind-parameter cap elsewhere),
 * and hand each instance its share. Relations already loaded (by a join or an earlier level) cost no query.
 */
final class PrefetchLoader {

	private final CovetContext context;

	PrefetchLoader(CovetContext context) {
		this.context = context;
	}

	void prefetch(ModelMeta<?> model, List<?> instances, List<Prefetch> prefetches) {
		if (instances.isEmpty() || prefetches.isEmpty()) {
			return;
		}
		Map<String, Level> levels = new LinkedHashMap<>();
		for (Prefetch prefetch : prefetches) {
			String path = prefetch.path();
			int separator = path.indexOf("__");
			String first = separator < 0 ? path : path.substring(0, separator);
			Level level = levels.computeIfAbsent(first, name -> new Level());
			if (separator < 0) {
				level.own = prefetch;
			}
			else {
				level.children.add(new Prefetch(path.substring(separator + 2), prefetch.querySet(), prefetch.toAttr(),
						prefetch.querySetsPerType(), prefetch.linksFirst()));
			}
		}
		for (Map.Entry<String, Level> entry : levels.entrySet()) {
			Relation relation = model.relation(entry.getKey());
			for (ModelMeta<?> parent = model; relation == null && parent.parentLink() != null; ) {
				// Declared on the parent of a multi-table child, whose rows are the parent's rows too.
				parent = parent.parent();
				relation = parent.relation(entry.getKey());
			}
			Prefetch own = entry.getValue().own;
			GenericForeignKeyMeta genericKey = model.genericForeignKey(entry.getKey());
			if (relation == null && genericKey != null) {
				observed(model, genericKey.describe(), instances, () -> prefetchGeneric(genericKey, instances, own));
				if (!entry.getValue().children.isEmpty()) {
					throw new InvalidQueryException("Prefetch paths cannot continue past the generic foreign key "
							+ genericKey.describe() + ": its objects are of several models");
				}
				continue;
			}
			if (relation == null) {
				throw new UnknownFieldException(model.name(), entry.getKey(), PathResolver.relationNames(model));
			}
			Relation level = relation;
			List<Object> related = observed(model, relation.describe(), instances, () -> prefetch(level, instances, own));
			if (this.context.hasEventListeners()) {
				this.context.publish(new RelationPrefetched(relation.describe(), instances.size(), related.size()));
			}
			prefetch(relation.target(), related, entry.getValue().children);
		}
	}

	/**
	 * The root model's generic foreign keys that {@link #prefetch} sets on every instance for these prefetches, so
	 * the query reading the instances can leave them unset.
	 */
	static Set<GenericForeignKeyMeta> genericKeysSet(ModelMeta<?> model, List<Prefetch> prefetches) {
		Set<GenericForeignKeyMeta> keys = new HashSet<>();
		for (Prefetch prefetch : prefetches) {
			GenericForeignKeyMeta key = model.genericForeignKey(prefetch.path());
			if (key != null) {
				keys.add(key);
			}
		}
		return keys;
	}

	private List<Object> prefetch(Relation relation, List<?> instances, Prefetch own) {
		if (own != null && own.linksFirst() && !(relation instanceof ManyToManySide)) {
			throw new InvalidQueryException("Prefetch(\"" + own.path() + "\").withLinksFirst() is for many-to-many relations; "
					+ relation.describe() + " has no link table");
		}
		if (relation instanceof GenericRelationMeta generic) {
			return prefetchGenericRelation(generic, instances, own);
		}
		if (relation instanceof ForeignKeyRelation foreignKey) {
			return prefetchForward(foreignKey, instances, own);
		}
		if (relation instanceof ManyToManySide side) {
			return prefetchManyToMany(side, instances, own);
		}
		return prefetchReverse((ReverseRelation) relation, instances, own);
	}

	/** Runs one level's load as a {@link RelationOperation.Prefetch}; its children are observed on their own. */
	private List<Object> observed(ModelMeta<?> model, String relation, List<?> instances, Supplier<List<Object>> load) {
		return this.context.observers()
			.observe(() -> new RelationOperation.Prefetch(this.context.dialect().name(), model.name(), relation,
					instances.size()), List::size, load);
	}

	private List<Object> prefetchForward(ForeignKeyRelation relation, List<?> instances, Prefetch own) {
		if (own != null && own.toAttr() != null) {
			throw new InvalidQueryException("Prefetch(\"" + own.path() + "\").toAttr is for multi-valued relations; "
					+ relation.describe() + " is loaded into its Ref");
		}
		FieldMeta column = relation.column();
		// One loaded reference per target, shared by the instances pointing at it, as a join shares it; where an
		// instance holds one loaded already, the others get that one and its target is not read again.
		Map<Object, Ref<?>> references = new LinkedHashMap<>();
		Set<Object> missing = new LinkedHashSet<>();
		// Each instance's reference, read once: the second pass below sets the unloaded ones.
		Ref<?>[] held = new Ref<?>[instances.size()];
		for (int i = 0; i < held.length; i++) {
			Ref<?> ref = (Ref<?>) column.get(instances.get(i));
			if (ref == null || ref.isNull()) {
				continue;
			}
			if (holdsTarget(ref)) {
				references.putIfAbsent(ref.id(), ref);
			}
			else {
				missing.add(ref.id());
				held[i] = ref;
			}
		}
		missing.removeIf(references::containsKey);
		if (!missing.isEmpty()) {
			for (Object target : load(relation.target(), relation.targetField(), missing, own)) {
				Object key = relation.targetField().columnValue(target);
				references.put(key, Ref.loaded(key, target));
			}
		}
		for (int i = 0; i < held.length; i++) {
			if (held[i] != null) {
				// A key with no row (a dangling reference where no constraint checks it) is loaded as null.
				column.set(instances.get(i), references.computeIfAbsent(held[i].id(), key -> Ref.loaded(key, null)));
			}
		}
		List<Object> targets = new ArrayList<>(references.size());
		for (Ref<?> reference : references.values()) {
			targets.add(reference.loadedTarget());
		}
		return distinct(targets);
	}

	private static boolean holdsTarget(Ref<?> ref) {
		return ref.isLoaded() && ref.loadedTarget() != null;
	}

	@SuppressWarnings("unchecked")
	private List<Object> prefetchReverse(ReverseRelation relation, List<?> owners, Prefetch own) {
		ForeignKeyRelation foreignKey = relation.forward();
		boolean single = relation.kind() == RelationKind.REVERSE_ONE_TO_ONE;
		Field toAttr = toAttrField(relation, own);
		if (toAttr == null && relation.source().accessorField(relation.name()) == null) {
			throw new InvalidQueryException("Cannot prefetch " + relation.describe() + ": declare a field "
					+ (single ? "RelatedObject<" : "RelatedManager<") + relation.target().name() + "> "
					+ relation.name() + " on " + relation.source().name() + ", or use new Prefetch(\"" + relation.name()
					+ "\", queryset, \"someTransientListField\")");
		}
		FieldMeta ownerKey = foreignKey.targetField();
		FieldMeta column = foreignKey.column();
		OwnerSlots slots = ownerSlots(owners, column, owner -> ownerKeyOf(ownerKey, relation.source(), owner));
		// One loaded reference per owner, shared by its children, rather than one per child.
		Ref<?>[] references = new Ref<?>[slots.size()];
		for (int slot = 0; slot < references.length; slot++) {
			references[slot] = Ref.loaded(slots.keys().get(slot), slots.firstOwner(slot));
		}
		ChildGroups groups = new ChildGroups(slots.size());
		List<Object> children = load(relation.target(), column, slots.keys(), own, new ReverseAttach(slots,
				(child, slot, unmatchedKey) -> {
					groups.add(slot);
					// A key the database matched but Java does not (a case-insensitive collation in a schema made
					// elsewhere): its owner is not known.
					column.set(child, (slot >= 0) ? references[slot]
							: Ref.unloaded(unmatchedKey, this.context.resolver(foreignKey)));
				}));
		List<Object>[] lists = groups.lists(children);
		for (int i = 0; i < owners.size(); i++) {
			Object owner = owners.get(i);
			List<Object> mine = slots.listOf(i, lists);
			if (toAttr != null) {
				set(toAttr, owner, mine);
			}
			else if (single) {
				((ReverseOneToOneAccessor<Object>) this.context.accessor(relation, owner))
					.preload(mine.isEmpty() ? null : mine.get(0));
			}
			else {
				((ReverseForeignKeyManager<Object>) this.context.accessor(relation, owner)).setPrefetched(mine);
			}
		}
		return children;
	}

	@SuppressWarnings("unchecked")
	private List<Object> prefetchManyToMany(ManyToManySide side, List<?> owners, Prefetch own) {
		Field toAttr = toAttrField(side, own);
		if (toAttr == null && side.source().accessorField(side.name()) == null) {
			throw new InvalidQueryException("Cannot prefetch " + side.describe() + ": declare a field ManyRelatedManager<"
					+ side.target().name() + "> " + side.name() + " on " + side.source().name()
					+ ", or use new Prefetch(\"" + side.name() + "\", queryset, \"someTransientListField\")");
		}
		FieldMeta ownerKey = side.ownerKey().targetField();
		OwnerSlots slots = ownerSlots(owners, side.ownerKey().column(), owner -> ownerKeyOf(ownerKey, side.source(), owner));
		ChildGroups groups = new ChildGroups(slots.size());
		List<Object> related;
		if (own != null && own.linksFirst()) {
			related = readLinksFirst(side, slots, own, groups);
		}
		else {
			related = new ArrayList<>();
			QuerySet<Object> base = base(side.target(), own);
			inChunks(slots.keys(), side.ownerKey().column(), chunk -> base.forEachLinked(side, chunk, slots, (target, slot) -> {
				groups.add(slot);
				related.add(target);
			}));
		}
		List<Object>[] lists = groups.lists(related);
		for (int i = 0; i < owners.size(); i++) {
			Object owner = owners.get(i);
			List<Object> mine = slots.listOf(i, lists);
			if (toAttr != null) {
				set(toAttr, owner, mine);
			}
			else {
				((ManyToManyManager<Object>) this.context.accessor(side, owner)).setPrefetched(mine);
			}
		}
		return related;
	}

	/**
	 * A many-to-many's link rows for the owners, then each distinct target once by key (through the prefetch's query
	 * set, whose filters drop links to targets it does not select). Every link adds its target to its owner's slot,
	 * in the query set's order when it has one, else in the link rows' order; the targets, one per kept link, are
	 * returned. Links are kept as two numbers each (owner slot, target number), not as their keys.
	 */
	private List<Object> readLinksFirst(ManyToManySide side, OwnerSlots slots, Prefetch own, ChildGroups groups) {
		IntSequence ownerOfLink = new IntSequence();
		IntSequence targetOfLink = new IntSequence();
		FieldMeta targetColumn = side.otherKey().column();
		DistinctKeys targetKeys = DistinctKeys.of(targetColumn.valueType(),
				this.context.dialect().columnReader(targetColumn.valueType()), slots.size());
		inChunks(slots.keys(), side.ownerKey().column(), chunk -> LinkPairs.read(this.context, side, chunk, slots, targetKeys,
				(ownerSlot, targetNumber) -> {
					ownerOfLink.add(ownerSlot);
					targetOfLink.add(targetNumber);
				}));
		if (targetKeys.size() == 0) {
			return new ArrayList<>();
		}
		FieldMeta targetField = side.otherKey().targetField();
		List<Object> targets = load(side.target(), targetField, targetKeys.keys(), own);
		int[] positionOfTarget = new int[targetKeys.size()];
		Arrays.fill(positionOfTarget, -1);
		for (int position = 0; position < targets.size(); position++) {
			int number = targetKeys.find(targetField.columnValue(targets.get(position)));
			if (number >= 0 && positionOfTarget[number] < 0) {
				positionOfTarget[number] = position;
			}
		}
		int[] positionOfLink = new int[targetOfLink.size()];
		for (int link = 0; link < positionOfLink.length; link++) {
			int number = targetOfLink.get(link);
			positionOfLink[link] = (number >= 0) ? positionOfTarget[number] : -1;
		}
		int[] order = base(side.target(), own).isOrdered() ? byPosition(positionOfLink, targets.size()) : null;
		int count = (order != null) ? order.length : positionOfLink.length;
		List<Object> related = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			int link = (order != null) ? order[i] : i;
			int position = positionOfLink[link];
			if (position >= 0) {
				groups.add(ownerOfLink.get(link));
				related.add(targets.get(position));
			}
		}
		return related;
	}

	/**
	 * The links whose target was loaded, ordered by the target's position among the loaded targets and, for the same
	 * target, by link order: a counting sort, as positions run from 0 to {@code positions - 1}.
	 */
	private static int[] byPosition(int[] positionOfLink, int positions) {
		int[] start = new int[positions + 1];
		for (int position : positionOfLink) {
			if (position >= 0) {
				start[position + 1]++;
			}
		}
		for (int position = 0; position < positions; position++) {
			start[position + 1] += start[position];
		}
		int[] order = new int[start[positions]];
		for (int link = 0; link < positionOfLink.length; link++) {
			int position = positionOfLink[link];
			if (position >= 0) {
				order[start[position]++] = link;
			}
		}
		return order;
	}

	/**
	 * Objects behind generic keys: one query per content type found, whatever the number of rows. Each stored key is
	 * converted to its model's key type once per row, and rows that point at the same object share one loaded
	 * reference. The content type and key come from the instance's two columns, which an unloaded reference only
	 * repeats and which are all there is when the query left the reference unset for this prefetch; a reference
	 * already loaded is left as it is.
	 */
	private List<Object> prefetchGeneric(GenericForeignKeyMeta key, List<?> instances, Prefetch own) {
		int count = instances.size();
		Wanted[] wanted = new Wanted[count];
		Object[] storedKeys = new Object[count];
		Map<Object, TargetsOfType> byType = new LinkedHashMap<>();
		for (int i = 0; i < count; i++) {
			Object instance = instances.get(i);
			GenericRef ref = (GenericRef) key.get(instance);
			if (ref != null && ref.isLoaded()) {
				continue;
			}
			Object contentTypeId = key.contentTypeId(instance);
			Object stored = key.idField().get(instance);
			if (contentTypeId == null || stored == null) {
				key.set(instance, GenericRef.none());
				continue;
			}
			TargetsOfType ofType = byType.get(contentTypeId);
			if (ofType == null) {
				ofType = new TargetsOfType(contentTypeId, this.context.contentTypes().modelFor(contentTypeId));
				byType.put(contentTypeId, ofType);
			}
			wanted[i] = ofType.want(stored);
			if (wanted[i] == null) {
				key.set(instance, GenericRef.loaded(contentTypeId, stored, null)); // not a key of its model: dangles
			}
			storedKeys[i] = stored;
		}
		List<Object> related = new ArrayList<>();
		for (TargetsOfType ofType : byType.values()) {
			ModelMeta<?> model = ofType.model;
			if (!ofType.byKey.isEmpty()) {
				for (Object target : load(model, model.primaryKey(), ofType.byKey.keySet(), perType(own, model))) {
					Wanted found = ofType.byKey.get(model.primaryKeyValue(target));
					if (found != null) {
						found.target = target;
					}
					related.add(target);
				}
			}
		}
		for (int i = 0; i < count; i++) {
			if (wanted[i] != null) {
				key.set(instances.get(i), wanted[i].reference(storedKeys[i]));
			}
		}
		return related;
	}

	/** The caller's queryset for one content type of a generic prefetch, if it gave one. */
	private static Prefetch perType(Prefetch own, ModelMeta<?> model) {
		Prefetch perType = null;
		if (own != null) {
			for (QuerySet<?> querySet : own.querySetsPerType()) {
				if (querySet.model() == model) {
					perType = new Prefetch(own.path(), querySet);
				}
			}
		}
		return perType;
	}

	/** One content type of a generic prefetch: its model and, by model key in the order first asked, what is wanted. */
	private static final class TargetsOfType {

		private final Object contentTypeId;

		private final ModelMeta<?> model;

		private final Map<Object, Wanted> byKey = new LinkedHashMap<>();

		TargetsOfType(Object contentTypeId, ModelMeta<?> model) {
			this.contentTypeId = contentTypeId;
			this.model = model;
		}

		/** The object a stored key names, remembered as wanted; {@code null} if it cannot be a key of the model. */
		Wanted want(Object stored) {
			Object modelKey = GenericKeys.toModelKey(this.model, stored);
			if (modelKey == null) {
				return null;
			}
			Wanted wanted = this.byKey.get(modelKey);
			if (wanted == null) {
				wanted = new Wanted(this.contentTypeId);
				this.byKey.put(modelKey, wanted);
			}
			return wanted;
		}
	}

	/** One object a generic prefetch asked for: the target once loaded, and the reference its rows share. */
	private static final class Wanted {

		private final Object contentTypeId;

		private Object target;

		private GenericRef reference;

		Wanted(Object contentTypeId) {
			this.contentTypeId = contentTypeId;
		}

		/**
		 * The loaded reference for a row that stored this key: the shared one, unless the row stored the key in
		 * another spelling ({@code "07"} for 7), whose reference keeps it as stored.
		 */
		GenericRef reference(Object stored) {
			if (this.reference == null) {
				this.reference = GenericRef.loaded(this.contentTypeId, stored, this.target);
			}
			return this.reference.objectId().equals(stored) ? this.reference
					: GenericRef.loaded(this.contentTypeId, stored, this.target);
		}
	}

	/**
	 * Rows whose generic key points at the owners: one query. Rows and owners are matched on the key as the column
	 * stores it (text, or a number in an integer column), the value the query compared.
	 */
	@SuppressWarnings("unchecked")
	private List<Object> prefetchGenericRelation(GenericRelationMeta relation, List<?> owners, Prefetch own) {
		Field toAttr = toAttrField(relation, own);
		GenericForeignKeyMeta key = relation.key();
		ModelMeta<?> source = relation.source();
		// Matched on objects only (the children's stored keys), never read from a column: compared by equality.
		OwnerSlots slots = OwnerSlots.of(owners, Object.class, null,
				owner -> GenericKeys.toStored(key, source.primaryKeyValue(owner)));
		OptionalLong contentType = this.context.contentTypes().existingId(source);
		List<Object> children = List.of();
		if (contentType.isPresent()) {
			QuerySet<Object> ofOwnersType = base(relation.target(), own).filter(key.contentTypeField().name(),
					contentType.getAsLong());
			children = load(relation.target(), key.idField(), slots.keys(), new Prefetch(relation.name(), ofOwnersType));
		}
		ChildGroups groups = new ChildGroups(slots.size());
		for (Object child : children) {
			// The database matched the stored key; one it compares loosely (a collation) may not be equal here.
			int slot = slots.slotOf(key.idField().get(child));
			groups.add(slot);
			GenericRef ref = (GenericRef) key.get(child);
			key.set(child, GenericRef.loaded(ref.contentTypeId(), ref.objectId(), (slot >= 0) ? slots.firstOwner(slot) : null));
		}
		List<Object>[] lists = groups.lists(children);
		for (int i = 0; i < owners.size(); i++) {
			Object owner = owners.get(i);
			List<Object> mine = slots.listOf(i, lists);
			if (toAttr != null) {
				set(toAttr, owner, mine);
			}
			else {
				((GenericRelationManager<Object>) this.context.accessor(relation, owner)).setPrefetched(mine);
			}
		}
		return children;
	}

	@SuppressWarnings("unchecked")
	private QuerySet<Object> base(ModelMeta<?> model, Prefetch own) {
		QuerySet<Object> base = (own != null && own.querySet() != null) ? (QuerySet<Object>) own.querySet()
				: (QuerySet<Object>) this.context.query(model);
		if (base.model() != model) {
			throw new InvalidQueryException("Prefetch(\"" + own.path() + "\") needs a query set of " + model.name()
					+ ", not of " + base.model().name());
		}
		return base;
	}

	/** Rows of {@code model} whose {@code field} is one of {@code keys}, through the prefetch's query set if any. */
	private List<Object> load(ModelMeta<?> model, FieldMeta field, Collection<Object> keys, Prefetch own) {
		return load(model, field, keys, own, null);
	}

	/**
	 * {@link #load(ModelMeta, FieldMeta, Collection, Prefetch)}; with {@code attach}, {@code field} is a foreign key that is
	 * not read into a {@code Ref}: each row's owner slot, found from its key, goes to {@code attach}, which sets it.
	 */
	private List<Object> load(ModelMeta<?> model, FieldMeta field, Collection<Object> keys, Prefetch own,
			ReverseAttach attach) {
		QuerySet<Object> base = base(model, own);
		List<Object> all = (keys instanceof List<Object> list) ? list : new ArrayList<>(keys);
		if (all.size() <= this.context.readChunkSize(field.valueType())) {
			// No key or one statement, the usual case: its list as it is.
			return all.isEmpty() ? List.of() : rowsWithKeys(base, field, all, attach);
		}
		List<Object> results = new ArrayList<>();
		inChunks(all, field, chunk -> results.addAll(rowsWithKeys(base, field, chunk, attach)));
		return results;
	}

	/**
	 * Hands {@code keys} of {@code field} to {@code each} in chunks the dialect accepts as one statement's
	 * parameters, in order.
	 */
	private void inChunks(List<Object> keys, FieldMeta field, Consumer<List<Object>> each) {
		int chunk = this.context.readChunkSize(field.valueType());
		for (int start = 0; start < keys.size(); start += chunk) {
			each.accept(keys.subList(start, Math.min(keys.size(), start + chunk)));
		}
	}

	private static List<Object> rowsWithKeys(QuerySet<Object> base, FieldMeta field, List<Object> keys,
			ReverseAttach attach) {
		QuerySet<Object> filtered = base.filter(field.name() + "__in", keys);
		return (attach != null) ? filtered.list(field, attach.owners(), attach.each()) : filtered.list();
	}

	/**
	 * The owners of a prefetch level, numbered by the values of their side of the relation, in a numbering that reads
	 * {@code column} (the children's foreign key, or the link table's owner column) straight from the rows.
	 */
	private OwnerSlots ownerSlots(List<?> owners, FieldMeta column, Function<Object, Object> keyOf) {
		Class<?> type = column.valueType();
		return OwnerSlots.of(owners, type, this.context.dialect().columnReader(type), keyOf);
	}

	/** How a reverse prefetch's children find their owners: by slot, read from each row's foreign key. */
	private record ReverseAttach(OwnerSlots owners, QuerySet.ChildAttach<Object> each) {
	}

	/** The value of an owner's side of a relation: its key, or the field the relation targets. */
	private static Object ownerKeyOf(FieldMeta ownerKey, ModelMeta<?> source, Object owner) {
		return ownerKey.primaryKey() ? source.primaryKeyValue(owner) : ownerKey.get(owner);
	}

	private static Field toAttrField(Relation relation, Prefetch own) {
		if (own == null || own.toAttr() == null) {
			return null;
		}
		Field field = relation.source().transientField(own.toAttr());
		if (field == null || !field.getType().isAssignableFrom(List.class)) {
			throw new InvalidQueryException("Prefetch toAttr \"" + own.toAttr() + "\" must name a @Transient List field of "
					+ relation.source().name());
		}
		return field;
	}

	private static void set(Field field, Object instance, Object value) {
		try {
			field.set(instance, value);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static List<Object> distinct(Iterable<Object> objects) {
		Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
		List<Object> result = new ArrayList<>();
		for (Object object : objects) {
			if (object != null && seen.add(object)) {
				result.add(object);
			}
		}
		return result;
	}

	private static final class Level {

		Prefetch own;

		final List<Prefetch> children = new ArrayList<>();
	}
}
