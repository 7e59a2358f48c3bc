package io.covet.relations.relation;

import java.util.Optional;

/** The reverse one-to-one of an instance that was never saved or loaded. */
final class UnboundRelatedObject<T> implements RelatedObject<T> {

	private static final UnboundRelatedObject<?> INSTANCE = new UnboundRelatedObject<>();

	@SuppressWarnings("unchecked")
	static <T> RelatedObject<T> instance() {
		return (RelatedObject<T>) INSTANCE;
	}

	@Override
	public T get() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public Optional<T> find() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public boolean exists() {
		throw UnboundRelatedManager.unsaved();
	}

	@Override
	public boolean isLoaded() {
		return false;
	}
}
