package io.covet.relations.docs.gettingstarted;

import java.util.List;

import io.covet.relations.repository.CovetRepository;

/** getting-started.md: a repository interface the starter implements. */
public interface PostRepository extends CovetRepository<Post, Long> {
	List<Post> findByTitleContainingIgnoreCaseOrderByIdDesc(String text);   // derived from the name
	List<Post> findByAuthorName(String name);                                // across the foreign key
	default List<Post> byAuthor(String name) { return filter("author__name", name).list(); }
}
