package io.covet.relations.repository;

import java.util.List;
import java.util.Map;

import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.NoRepositoryBean;

import io.covet.relations.query.Q;
import io.covet.relations.query.QuerySet;

/**
 * The repository of one model: Spring Data's {@link ListCrudRepository} contract plus Django's query sets
 * ({@link #objects()}). {@code save} inserts new instances (reading generated keys back) and updates the others.
 * A model's default filter (a proxy's {@code static Q defaultFilter()}) narrows what the repository finds, counts
 * and deletes by key; {@code delete(entity)} and {@code deleteAll(entities)} delete the instances given, which the
 * filter may hide.
 *
 * @param <T> the model
 * @param <ID> its key type
 */
@NoRepositoryBean
public interface CovetRepository<T, ID> extends ListCrudRepository<T, ID> {

	/** A query set over every row, the start of every query ({@code objects().filter(...)}). */
	QuerySet<T> objects();

	/** Rows matching one lookup, such as {@code filter("author__name", "Ann")}. */
	default QuerySet<T> filter(String lookup, Object value) {
		return objects().filter(lookup, value);
	}

	/** Rows matching all lookups of the map, in one filter call. */
	default QuerySet<T> filter(Map<String, ?> lookups) {
		return objects().filter(lookups);
	}

	/** Rows matching a condition built with {@link Q}. */
	default QuerySet<T> filter(Q condition) {
		return objects().filter(condition);
	}

	/** Rows not matching the lookup (including rows where it is NULL). */
	default QuerySet<T> exclude(String lookup, Object value) {
		return objects().exclude(lookup, value);
	}

	/** Rows not matching a condition built with {@link Q}, as {@link #filter(Q)} takes one. */
	default QuerySet<T> exclude(Q condition) {
		return objects().exclude(condition);
	}

	/** The single row matching the lookup; see {@link QuerySet#get()}. */
	default T get(String lookup, Object value) {
		return objects().get(lookup, value);
	}

	/**
	 * Inserts new instances with multi-row INSERTs (chunked under the bind-parameter cap), setting generated keys.
	 * Each instance is written as its own class (a subclass's columns and table too), and a key already set is
	 * inserted as given, as Django's {@code bulk_create}: an instance saved before fails on the duplicate key.
	 */
	List<T> bulkCreate(List<T> instances);

	/** Creates an instance from field values and saves it. */
	T create(Map<String, ?> values);
}
