package io.covet.relations.testmodels;

import java.util.List;

/** Model lists for test classes. */
public final class Library {

	public static final List<Class<?>> ALL = List.of(Publisher.class, Author.class, Book.class, Review.class,
			Profile.class);

	private Library() {
	}
}
