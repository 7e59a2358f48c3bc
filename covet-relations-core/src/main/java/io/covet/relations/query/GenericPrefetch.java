package io.covet.relations.query;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.GenericKeys;
import io.covet.relations.manager.GenericRelationManager;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.GenericRelationMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.query.PrefetchReads.Reach;

/**
 * Prefetch levels across generic keys: the objects a generic foreign key names, one statement per content type
 * found, and the rows of a generic relation, whose keys point at the owners, one statement.
 */
final class GenericPrefetch {

	private final CovetContext context;

	private final PrefetchReads reads;

	GenericPrefetch(CovetContext context, PrefetchReads reads) {
		this.context = context;
		this.reads = reads;
	}

	/**
	 * Objects behind generic keys: one query per content type found, whatever the number of rows. Each stored key is
	 * converted to its model's key type once per row, and rows that point at the same object share one loaded
	 * reference. The content type and key come from the instance's two columns, which an unloaded reference only
	 * repeats and which are all there is when the query left the reference unset for this prefetch; a reference
	 * already loaded is left as it is.
	 */
	List<Object> loadObjects(GenericForeignKeyMeta key, List<?> instances, Prefetch own) {
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
				Prefetch perType = perType(own, model);
				// A proxy's or single-table child's query set reads the table's rows as its own model: its filters,
				// the child's discriminator included, say which of them are loaded.
				ModelMeta<?> readAs = (perType != null) ? perType.querySet().model() : model;
				for (Object target : this.reads.load(readAs, readAs.primaryKey(), ofType.byKey.keySet(), perType,
						Reach.POINTED_AT)) {
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

	/**
	 * The caller's query set for one content type of a generic prefetch, if it gave one: of the content type's model
	 * or of a proxy or single-table child of it, whose objects are stored under that content type
	 * ({@link QuerySet#prefetchRelated(Prefetch...)} allows one per content type).
	 */
	private static Prefetch perType(Prefetch own, ModelMeta<?> model) {
		if (own != null) {
			for (QuerySet<?> querySet : own.querySetsPerType()) {
				if (querySet.model().tableOwner() == model.tableOwner()) {
					return new Prefetch(own.path(), querySet);
				}
			}
		}
		return null;
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
	List<Object> loadRelation(GenericRelationMeta relation, List<?> owners, Prefetch own) {
		Field toAttr = OwnerLists.toAttrField(relation, own);
		GenericForeignKeyMeta key = relation.key();
		ModelMeta<?> source = relation.source();
		// Matched on objects only (the children's stored keys), never read from a column: compared by equality.
		OwnerSlots slots = OwnerSlots.of(owners, Object.class, null,
				owner -> GenericKeys.toStored(key, source.primaryKeyValue(owner)));
		OptionalLong contentType = this.context.contentTypes().existingId(source);
		List<Object> children = List.of();
		if (contentType.isPresent()) {
			QuerySet<Object> ofOwnersType = this.reads.base(relation.target(), own, Reach.LISTED)
				.filter(key.contentTypeField().name(), contentType.getAsLong());
			children = this.reads.load(relation.target(), key.idField(), slots.keys(),
					new Prefetch(relation.name(), ofOwnersType), Reach.LISTED);
		}
		ChildGroups groups = new ChildGroups(slots.size());
		for (Object child : children) {
			// The database matched the stored key; one it compares loosely (a collation) may not be equal here.
			int slot = slots.slotOf(key.idField().get(child));
			groups.add(slot);
			GenericRef ref = (GenericRef) key.get(child);
			key.set(child, GenericRef.loaded(ref.contentTypeId(), ref.objectId(), (slot >= 0) ? slots.firstOwner(slot) : null));
		}
		ModelMeta<?> unordered = this.reads.unorderedKeysOf(relation.target(), own, Reach.LISTED);
		OwnerLists.handOut(owners, slots, groups.lists(children), toAttr,
				(owner, mine) -> ((GenericRelationManager<Object>) this.context.accessor(relation, owner))
					.setPrefetched(mine, unordered));
		return children;
	}
}
