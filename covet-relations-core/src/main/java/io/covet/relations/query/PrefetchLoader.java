package io.covet.relations.query;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.covet.relations.event.RelationPrefetched;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.Keys;
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
import io.covet.relations.relation.Ref;
import io.covet.relations.query.PrefetchReads.Reach;

/**
 * Loads relations of already-read instances with one query per relation level: collect the keys, select the related
 * rows with {@code key IN (...)} (one array parameter on PostgreSQL, chunks under the bind-parameter cap elsewhere),
 * and hand each instance its share. Relations already loaded (by a join or an earlier level) cost no query. Walks the
 * prefetch paths level by level and loads foreign keys and their reverse sides itself; many-to-many levels go to
 * {@link ManyToManyPrefetch}, generic ones to {@link GenericPrefetch}, and all of them read through
 * {@link PrefetchReads}.
 */
final class PrefetchLoader {

	private final CovetContext context;

	private final PrefetchReads reads;

	private final ManyToManyPrefetch manyToMany;

	private final GenericPrefetch generic;

	PrefetchLoader(CovetContext context) {
		this.context = context;
		this.reads = new PrefetchReads(context);
		this.manyToMany = new ManyToManyPrefetch(context, this.reads);
		this.generic = new GenericPrefetch(context, this.reads);
	}

	void prefetch(ModelMeta<?> model, List<?> instances, List<Prefetch> prefetches) {
		if (instances.isEmpty() || prefetches.isEmpty()) {
			return;
		}
		// One level per attribute filled: a Prefetch with toAttr is a lookup of its own (Django's to_attr), beside the
		// relation's plain prefetch, and a later path may continue through it ("picked__books").
		Map<String, Level> levels = new LinkedHashMap<>();
		for (Prefetch prefetch : prefetches) {
			String path = prefetch.path();
			int separator = path.indexOf("__");
			String first = separator < 0 ? path : path.substring(0, separator);
			if (separator < 0 && prefetch.toAttr() != null) {
				levels.computeIfAbsent(prefetch.toAttr(), name -> new Level()).own = prefetch;
				continue;
			}
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
			Prefetch own = entry.getValue().own;
			String name = (own != null) ? own.path() : entry.getKey();
			Relation relation = model.relation(name);
			for (ModelMeta<?> parent = model; relation == null && parent.linkedParent() != null; ) {
				// Declared on the parent of a multi-table child, whose rows are the parent's rows too.
				parent = parent.linkedParent();
				relation = parent.relation(name);
			}
			GenericForeignKeyMeta genericKey = model.genericForeignKey(name);
			if (relation == null && genericKey != null) {
				loaded(model, genericKey.describe(), instances,
						() -> this.generic.loadObjects(genericKey, instances, own));
				if (!entry.getValue().children.isEmpty()) {
					throw new InvalidQueryException("Prefetch paths cannot continue past the generic foreign key "
							+ genericKey.describe() + ": its objects are of several models");
				}
				continue;
			}
			if (relation == null) {
				throw new UnknownFieldException(model.name(), name, PathResolver.relationNames(model));
			}
			Relation level = relation;
			List<Object> related = loaded(model, relation.describe(), instances, () -> prefetch(level, instances, own));
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
			return this.generic.loadRelation(generic, instances, own);
		}
		if (relation instanceof ForeignKeyRelation foreignKey) {
			return prefetchForward(foreignKey, instances, own);
		}
		if (relation instanceof ManyToManySide side) {
			return this.manyToMany.load(side, instances, own);
		}
		return prefetchReverse((ReverseRelation) relation, instances, own);
	}

	/**
	 * Runs one level's load, generic foreign keys included, as a {@link RelationOperation.Prefetch}, and publishes it
	 * as a {@link RelationPrefetched}; its children are observed and published on their own.
	 */
	private List<Object> loaded(ModelMeta<?> model, String relation, List<?> instances, Supplier<List<Object>> load) {
		List<Object> related = observed(model, relation, instances, load);
		if (this.context.hasEventListeners()) {
			this.context.publish(new RelationPrefetched(relation, instances.size(), related.size()));
		}
		return related;
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
		// instance holds one loaded already, the others get that one and its target is not read again. Keyed by the
		// key as the database compares it (Keys.normalized): a byte[] read from a row is a new array each time.
		Map<Object, Ref<?>> references = new LinkedHashMap<>();
		Set<Object> missing = Keys.newSet();
		// Each instance's reference, read once: the second pass below sets the unloaded ones.
		Ref<?>[] held = new Ref<?>[instances.size()];
		for (int i = 0; i < held.length; i++) {
			Ref<?> ref = (Ref<?>) column.get(instances.get(i));
			if (ref == null || ref.isNull()) {
				continue;
			}
			if (holdsTarget(ref)) {
				references.putIfAbsent(Keys.normalized(ref.id()), ref);
			}
			else {
				missing.add(ref.id());
				held[i] = ref;
			}
		}
		missing.removeIf(key -> references.containsKey(Keys.normalized(key)));
		if (!missing.isEmpty()) {
			for (Object target : this.reads.load(relation.target(), relation.targetField(), missing, own,
					Reach.POINTED_AT)) {
				Object key = relation.targetField().columnValue(target);
				references.put(Keys.normalized(key), Ref.loaded(key, target));
			}
		}
		for (int i = 0; i < held.length; i++) {
			if (held[i] != null) {
				// A key with no row (a dangling reference where no constraint checks it) is loaded as null.
				Object key = held[i].id();
				column.set(instances.get(i),
						references.computeIfAbsent(Keys.normalized(key), found -> Ref.loaded(key, null)));
			}
		}
		if (relation.kind() == RelationKind.ONE_TO_ONE) {
			for (Object instance : instances) {
				Object target = (column.get(instance) instanceof Ref<?> ref) ? ref.loadedTarget() : null;
				OneToOneSides.forwardLoaded(this.context, relation, instance, target);
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
		Field toAttr = OwnerLists.toAttrField(relation, own);
		if (toAttr == null && relation.source().accessorField(relation.name()) == null) {
			throw new InvalidQueryException("Cannot prefetch " + relation.describe() + ": declare a field "
					+ (single ? "RelatedObject<" : "RelatedManager<") + relation.target().name() + "> "
					+ relation.name() + " on " + relation.source().name() + ", or use new Prefetch(\"" + relation.name()
					+ "\", queryset, \"someTransientListField\")");
		}
		FieldMeta column = foreignKey.column();
		OwnerSlots slots = this.reads.ownerSlots(owners, column, foreignKey.targetField(), relation.source());
		// One loaded reference per owner, shared by its children, rather than one per child.
		Ref<?>[] references = new Ref<?>[slots.size()];
		for (int slot = 0; slot < references.length; slot++) {
			references[slot] = Ref.loaded(slots.keys().get(slot), slots.firstOwner(slot));
		}
		ChildGroups groups = new ChildGroups(slots.size());
		PrefetchReads.Attach attach = new PrefetchReads.Attach(slots, (child, slot, unmatchedKey) -> {
			groups.add(slot);
			if (!column.holdsRef()) {
				return; // a multi-table child's link is its key, not a reference
			}
			// A key the database matched but Java does not (a case-insensitive collation in a schema made
			// elsewhere): its owner is not known.
			column.set(child, (slot >= 0) ? references[slot]
					: Ref.unloaded(unmatchedKey, this.context.resolver(foreignKey)));
		});
		List<Object> children = this.reads.load(relation.target(), column, slots.keys(), own,
				single ? Reach.POINTED_AT : Reach.LISTED, attach);
		ModelMeta<?> unordered = single ? null : this.reads.unorderedKeysOf(relation.target(), own, Reach.LISTED);
		OwnerLists.handOut(owners, slots, groups.lists(children), toAttr, (owner, mine) -> {
			if (single) {
				((ReverseOneToOneAccessor<Object>) this.context.accessor(relation, owner))
					.preload(mine.isEmpty() ? null : mine.get(0));
			}
			else {
				((ReverseForeignKeyManager<Object>) this.context.accessor(relation, owner)).setPrefetched(mine, unordered);
			}
		});
		return children;
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
