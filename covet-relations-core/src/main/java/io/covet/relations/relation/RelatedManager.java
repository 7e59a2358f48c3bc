package io.covet.relations.relation;

import java.util.Collection;
import java.util.Map;

import io.covet.relations.query.DeleteResult;

/**
 * The reverse side of a foreign key: the objects whose key points at one owner ({@code author.books()}). Declare a
 * field of this type named like the relation's {@code relatedName}; the library binds it whenever it saves or
 * loads the owner. {@link #all()} answers from a prefetch without a query.
 *
 * <pre>{@code
 * private RelatedManager<Book> books = RelatedManager.unbound();
 * public RelatedManager<Book> books() { return books; }
 * }</pre>
 *
 * @param <T> the model holding the foreign key
 */
public interface RelatedManager<T> extends RelatedObjects<T> {

	/** Placeholder for a field initializer until the owner is saved or loaded; every call explains that. */
	static <T> RelatedManager<T> unbound() {
		return UnboundRelatedManager.instance();
	}

	/** Points {@code object}'s foreign key at the owner and saves it. */
	T create(T object);

	/** Gets the single related object matching {@code lookups}, or creates it from {@code lookups} and {@code defaults}. */
	GetOrCreateResult<T> getOrCreate(Map<String, ?> lookups, Map<String, ?> defaults);

	/** Updates columns of every related object in one statement; returns the number of rows. */
	long update(Map<String, ?> values);

	/**
	 * Deletes every related object through the deletion collector (every relation's {@code onDelete} applies, a
	 * statement per table it reaches); returns what was deleted per model.
	 */
	DeleteResult delete();

	/** Points the objects' foreign keys at the owner in one statement (saved objects only). */
	@SuppressWarnings("unchecked")
	void add(T... objects);

	/** Sets the objects' foreign keys to NULL; only for nullable foreign keys. */
	@SuppressWarnings("unchecked")
	void remove(T... objects);

	/** Sets every related object's foreign key to NULL; only for nullable foreign keys. */
	void clear();

	/** Makes exactly {@code objects} related: adds the missing ones, removes (NULLs) the others. */
	void set(Collection<T> objects);
}
