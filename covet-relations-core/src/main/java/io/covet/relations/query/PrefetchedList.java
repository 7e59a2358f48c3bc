package io.covet.relations.query;

import java.util.AbstractList;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Consumer;

/**
 * The related objects one owner got from a prefetch: an unmodifiable list over an array sized to them, one object
 * where an {@code ArrayList} behind {@code Collections.unmodifiableList} would be three.
 */
final class PrefetchedList<E> extends AbstractList<E> implements RandomAccess {

	private final Object[] elements;

	PrefetchedList(Object[] elements) {
		this.elements = elements;
	}

	@Override
	@SuppressWarnings("unchecked")
	public E get(int index) {
		Objects.checkIndex(index, this.elements.length);
		return (E) this.elements[index];
	}

	@Override
	public int size() {
		return this.elements.length;
	}

	@Override
	public Iterator<E> iterator() {
		return new Iterator<>() {

			private int next;

			@Override
			public boolean hasNext() {
				return this.next < PrefetchedList.this.elements.length;
			}

			@Override
			@SuppressWarnings("unchecked")
			public E next() {
				if (this.next >= PrefetchedList.this.elements.length) {
					throw new NoSuchElementException();
				}
				return (E) PrefetchedList.this.elements[this.next++];
			}
		};
	}

	@Override
	@SuppressWarnings("unchecked")
	public void forEach(Consumer<? super E> action) {
		Objects.requireNonNull(action);
		for (Object element : this.elements) {
			action.accept((E) element);
		}
	}

	@Override
	public Object[] toArray() {
		return this.elements.clone();
	}
}
