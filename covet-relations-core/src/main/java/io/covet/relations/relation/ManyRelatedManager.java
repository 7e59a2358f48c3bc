package io.covet.relations.relation;

import java.util.Collection;
import java.util.Map;

/**
 * Either side of a many-to-many relation ({@code post.tags()}, {@code tag.posts()}). Objects and keys may be mixed in
 * {@code add}/{@code remove}/{@code set}. Writes are set-based: {@code add}, {@code remove} and {@code clear} take
 * one statement per key chunk (after a read of the pairs when event listeners need the keys actually affected, and
 * for {@code add} on MariaDB when the through model has another unique key); {@code set} locks the owner's row, reads
 * its pairs, then deletes the extra and inserts the missing ones (three statements when it only adds). Writes never
 * insert a pair twice, and publish {@code pre_add}/{@code post_add}-style events with the keys actually affected.
 *
 * @param <T> the model on the other side
 */
public interface ManyRelatedManager<T> extends RelatedObjects<T> {

	/** Placeholder for a field initializer until the owner is saved or loaded. */
	static <T> ManyRelatedManager<T> unbound() {
		return UnboundManyRelatedManager.instance();
	}

	/** Relates objects or keys (mixed); pairs that exist already are left alone. */
	void add(Object... objectsOrKeys);

	/** {@link #add(Object...)} with values for the through model's extra columns. */
	void add(Collection<?> objectsOrKeys, Map<String, ?> throughDefaults);

	/** Removes the pairs with these objects or keys. */
	void remove(Object... objectsOrKeys);

	/** Removes every pair of the owner. */
	void clear();

	/** Makes exactly these objects related: inserts only the missing pairs and deletes only the extra ones. */
	default void set(Collection<?> objectsOrKeys) {
		set(objectsOrKeys, false, Map.of());
	}

	/**
	 * Makes exactly these objects related; with {@code clear}, removes every pair first and adds them all again.
	 */
	void set(Collection<?> objectsOrKeys, boolean clear, Map<String, ?> throughDefaults);

	/** Saves a new object and relates it. */
	default T create(T object) {
		return create(object, Map.of());
	}

	/** Saves a new object and relates it, filling the through row's extra columns from {@code throughDefaults}. */
	T create(T object, Map<String, ?> throughDefaults);
}
