package io.covet.relations.query;

import java.util.List;
import java.util.Objects;

/**
 * A prefetch with its own query set and, optionally, a destination field: {@code new Prefetch("books",
 * books.filter("published", true), "publishedBooks")} loads only published books into the {@code @Transient List}
 * field {@code publishedBooks}.
 *
 * @param path relation path, such as {@code books} or {@code books__reviews}
 * @param querySet query set for the last relation of the path, or {@code null} for all related objects
 * @param toAttr name of a {@code @Transient List} field receiving the result, or {@code null} for the relation's
 * own accessor
 * @param querySetsPerType for a generic foreign key, one query set per target model
 */
public record Prefetch(String path, QuerySet<?> querySet, String toAttr, List<QuerySet<?>> querySetsPerType) {

	/** Checks the path and copies the per-type query sets. */
	public Prefetch {
		Objects.requireNonNull(path, "path");
		querySetsPerType = (querySetsPerType == null) ? List.of() : List.copyOf(querySetsPerType);
	}

	/**
	 * Every related object along {@code path}, into the relation's own accessor: what {@code prefetchRelated(path)}
	 * does.
	 */
	public Prefetch(String path) {
		this(path, null, null, null);
	}

	/** The related objects {@code querySet} selects (its filters and ordering), into the relation's own accessor. */
	public Prefetch(String path, QuerySet<?> querySet) {
		this(path, querySet, null, null);
	}

	/**
	 * The related objects {@code querySet} selects, into the {@code @Transient List} field named {@code toAttr}; the
	 * relation's accessor is left as it is.
	 */
	public Prefetch(String path, QuerySet<?> querySet, String toAttr) {
		this(path, querySet, toAttr, null);
	}

	/**
	 * A prefetch of a generic foreign key with a query set per target model (Django's {@code GenericPrefetch}):
	 * {@code Prefetch.generic("contentObject", posts.filter("published", true), photos.objects())}. Models without
	 * a query set are loaded whole.
	 */
	public static Prefetch generic(String path, QuerySet<?>... querySetsPerType) {
		return new Prefetch(path, null, null, List.of(querySetsPerType));
	}
}
