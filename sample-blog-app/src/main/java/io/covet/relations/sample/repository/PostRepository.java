package io.covet.relations.sample.repository;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Post;

/** Posts; implemented by the starter, including the derived query. */
public interface PostRepository extends CovetRepository<Post, Long> {

	/** Derived from the name: {@code title__icontains}, newest first. */
	List<Post> findByTitleContainingIgnoreCaseOrderByPublishedDesc(String text);

	/** Derived from the name across the author key ({@code author__name__iexact}), newest first, a page at a time. */
	Page<Post> findByAuthorNameIgnoreCaseOrderByPublishedDesc(String name, Pageable pageable);
}
