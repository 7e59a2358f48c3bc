package io.covet.relations.query;

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
 */
public record Prefetch(String path, QuerySet<?> querySet, String toAttr) {

	public Prefetch {
		Objects.requireNonNull(path, "path");
	}

	public Prefetch(String path) {
		this(path, null, null);
	}

	public Prefetch(String path, QuerySet<?> querySet) {
		this(path, querySet, null);
	}
}
