package io.covet.relations.sample.repository;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Comment;

/** Comments; implemented by the starter. */
public interface CommentRepository extends CovetRepository<Comment, Long> {
}
