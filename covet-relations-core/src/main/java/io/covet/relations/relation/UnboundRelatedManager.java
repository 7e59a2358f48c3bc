package io.covet.relations.relation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.covet.relations.exception.UnsavedInstanceException;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.query.QuerySet;

/** The manager of an instance that was never saved or loaded: every operation explains why it cannot run. */
final class UnboundRelatedManager<T> implements RelatedManager<T> {

	private static final UnboundRelatedManager<?> INSTANCE = new UnboundRelatedManager<>();

	@SuppressWarnings("unchecked")
	static <T> RelatedManager<T> instance() {
		return (RelatedManager<T>) INSTANCE;
	}

	static UnsavedInstanceException unsaved() {
		return new UnsavedInstanceException(
				"This instance has not been saved or loaded through a repository, so its related objects cannot be used;"
						+ " save it first");
	}

	@Override
	public QuerySet<T> query() {
		throw unsaved();
	}

	@Override
	public List<T> all() {
		throw unsaved();
	}

	@Override
	public boolean isPrefetched() {
		return false;
	}

	@Override
	public long count() {
		throw unsaved();
	}

	@Override
	public boolean exists() {
		throw unsaved();
	}

	@Override
	public Optional<T> first() {
		throw unsaved();
	}

	@Override
	public Optional<T> last() {
		throw unsaved();
	}

	@Override
	public T create(T object) {
		throw unsaved();
	}

	@Override
	public GetOrCreateResult<T> getOrCreate(Map<String, ?> lookups, Map<String, ?> defaults) {
		throw unsaved();
	}

	@Override
	public long update(Map<String, ?> values) {
		throw unsaved();
	}

	@Override
	public DeleteResult delete() {
		throw unsaved();
	}

	@SafeVarargs
	@Override
	public final void add(T... objects) {
		throw unsaved();
	}

	@SafeVarargs
	@Override
	public final void remove(T... objects) {
		throw unsaved();
	}

	@Override
	public void clear() {
		throw unsaved();
	}

	@Override
	public void set(Collection<T> objects) {
		throw unsaved();
	}
}
