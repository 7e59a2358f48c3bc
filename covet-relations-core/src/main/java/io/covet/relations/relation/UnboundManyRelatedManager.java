package io.covet.relations.relation;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.covet.relations.query.QuerySet;

/** The many-to-many manager of an instance that was never saved or loaded. */
final class UnboundManyRelatedManager<T> implements ManyRelatedManager<T> {

	private static final UnboundManyRelatedManager<?> INSTANCE = new UnboundManyRelatedManager<>();

	@SuppressWarnings("unchecked")
	static <T> ManyRelatedManager<T> instance() {
		return (ManyRelatedManager<T>) INSTANCE;
	}

	@Override
	public QuerySet<T> query() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public List<T> all() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public boolean isPrefetched() {
		return false;
	}

	@Override
	public long count() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public boolean exists() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public Optional<T> first() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public Optional<T> last() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public void add(Object... objectsOrKeys) {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public void add(Collection<?> objectsOrKeys, Map<String, ?> throughDefaults) {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public void remove(Object... objectsOrKeys) {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public void clear() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public void set(Collection<?> objectsOrKeys, boolean clear, Map<String, ?> throughDefaults) {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public T create(T object, Map<String, ?> throughDefaults) {
		throw UnboundRelatedManager.unsaved();
	}
}
