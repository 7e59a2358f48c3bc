package io.covet.relations.query;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.manager.ManyToManyManager;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.query.PrefetchReads.Reach;

/**
 * A many-to-many prefetch level. By default one statement per chunk of owner keys: the link table joined to the
 * targets, a row per (owner, target) pair. With {@link Prefetch#withLinksFirst()}, the link rows, then each distinct
 * target once by key, for targets that many owners share.
 */
final class ManyToManyPrefetch {

	private final CovetContext context;

	private final PrefetchReads reads;

	ManyToManyPrefetch(CovetContext context, PrefetchReads reads) {
		this.context = context;
		this.reads = reads;
	}

	/** Loads the targets of {@code side} for the owners and hands each owner its list; returns every target read. */
	@SuppressWarnings("unchecked")
	List<Object> load(ManyToManySide side, List<?> owners, Prefetch own) {
		Field toAttr = OwnerLists.toAttrField(side, own);
		if (toAttr == null && side.source().accessorField(side.name()) == null) {
			throw new InvalidQueryException("Cannot prefetch " + side.describe() + ": declare a field ManyRelatedManager<"
					+ side.target().name() + "> " + side.name() + " on " + side.source().name()
					+ ", or use new Prefetch(\"" + side.name() + "\", queryset, \"someTransientListField\")");
		}
		OwnerSlots slots = this.reads.ownerSlots(owners, side.ownerKey().column(), side.ownerKey().targetField(),
				side.source());
		ChildGroups groups = new ChildGroups(slots.size());
		List<Object> linksFirst = (own != null && own.linksFirst()) ? readLinksFirst(side, slots, own, groups) : null;
		List<Object> related = (linksFirst != null) ? linksFirst : new ArrayList<>();
		if (linksFirst == null) {
			QuerySet<Object> base = this.reads.base(side.target(), own, Reach.LISTED);
			this.reads.inChunks(slots.keys(), side.ownerKey().column(),
					chunk -> base.forEachLinked(side, chunk, slots, (target, slot) -> {
						groups.add(slot);
						related.add(target);
					}));
		}
		ModelMeta<?> unordered = this.reads.unorderedKeysOf(side.target(), own, Reach.LISTED);
		OwnerLists.handOut(owners, slots, groups.lists(related), toAttr,
				(owner, mine) -> ((ManyToManyManager<Object>) this.context.accessor(side, owner))
					.setPrefetched(mine, unordered));
		return related;
	}

	/**
	 * A many-to-many's link rows for the owners, then each distinct target once by key (through the prefetch's query
	 * set, whose filters drop links to targets it does not select). Every link adds its target to its owner's slot,
	 * in the query set's order when it has one, else in the link rows' order; the targets, one per kept link, are
	 * returned. Links are kept as two numbers each (owner slot, target number), not as their keys. {@code null} when
	 * the query set is ordered and its targets take more than one statement: each statement's rows come in order, not
	 * the whole, and the caller joins instead, which orders each owner's targets in one statement.
	 */
	private List<Object> readLinksFirst(ManyToManySide side, OwnerSlots slots, Prefetch own, ChildGroups groups) {
		IntSequence ownerOfLink = new IntSequence();
		IntSequence targetOfLink = new IntSequence();
		FieldMeta targetColumn = side.otherKey().column();
		DistinctKeys targetKeys = DistinctKeys.of(targetColumn.valueType(),
				this.context.dialect().columnReader(targetColumn.valueType()), slots.size());
		this.reads.inChunks(slots.keys(), side.ownerKey().column(),
				chunk -> LinkPairs.read(this.context, side, chunk, slots, targetKeys, (ownerSlot, targetNumber) -> {
					ownerOfLink.add(ownerSlot);
					targetOfLink.add(targetNumber);
				}));
		if (targetKeys.size() == 0) {
			return new ArrayList<>();
		}
		FieldMeta targetField = side.otherKey().targetField();
		boolean ordered = this.reads.base(side.target(), own, Reach.LISTED).isOrdered();
		if (ordered && targetKeys.size() > this.context.readChunkSize(targetField.valueType())) {
			return null;
		}
		List<Object> targets = this.reads.load(side.target(), targetField, targetKeys.keys(), own, Reach.LISTED);
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
		int[] order = ordered ? byPosition(positionOfLink, targets.size()) : null;
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
}
