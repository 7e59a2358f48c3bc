package io.covet.relations.sample.repository;

import java.util.List;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Post;

/** Posts; implemented by the starter, including the derived query. */
public interface PostRepository extends CovetRepository<Post, Long> {

	/** Derived from the name: {@code title__icontains}, newest first. */
	List<Post> findByTitleContainingIgnoreCaseOrderByPublishedDesc(String text);
}
