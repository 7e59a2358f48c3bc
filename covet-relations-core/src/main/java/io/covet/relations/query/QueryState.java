package io.covet.relations.query;

import java.util.ArrayList;
import java.util.List;

/**
 * The immutable description behind a {@link QuerySet}: filters (one {@link Q} per {@code filter}/{@code exclude}
 * call), ordering, slice, joins to select and relations to prefetch.
 */
record QueryState(List<Q> filters, List<String> ordering, Long limit, Long offset, List<String> selectRelated,
		List<Prefetch> prefetches, boolean polymorphic) {

	static final QueryState EMPTY = new QueryState(List.of(), List.of(), null, null, List.of(), List.of(), false);

	QueryState withPolymorphic(boolean value) {
		return new QueryState(this.filters, this.ordering, this.limit, this.offset, this.selectRelated, this.prefetches,
				value);
	}

	QueryState withFilter(Q filter) {
		return new QueryState(append(this.filters, filter), this.ordering, this.limit, this.offset, this.selectRelated,
				this.prefetches, this.polymorphic);
	}

	QueryState withOrdering(List<String> ordering) {
		return new QueryState(this.filters, List.copyOf(ordering), this.limit, this.offset, this.selectRelated,
				this.prefetches, this.polymorphic);
	}

	QueryState withSlice(Long limit, Long offset) {
		return new QueryState(this.filters, this.ordering, limit, offset, this.selectRelated, this.prefetches,
				this.polymorphic);
	}

	QueryState withSelectRelated(List<String> paths) {
		List<String> all = new ArrayList<>(this.selectRelated);
		paths.stream().filter(path -> !all.contains(path)).forEach(all::add);
		return new QueryState(this.filters, this.ordering, this.limit, this.offset, List.copyOf(all), this.prefetches,
				this.polymorphic);
	}

	QueryState withPrefetch(List<Prefetch> more) {
		List<Prefetch> all = new ArrayList<>(this.prefetches);
		all.addAll(more);
		return new QueryState(this.filters, this.ordering, this.limit, this.offset, this.selectRelated, List.copyOf(all),
				this.polymorphic);
	}

	boolean isSliced() {
		return this.limit != null || (this.offset != null && this.offset > 0);
	}

	private static <T> List<T> append(List<T> list, T item) {
		List<T> copy = new ArrayList<>(list.size() + 1);
		copy.addAll(list);
		copy.add(item);
		return List.copyOf(copy);
	}
}
