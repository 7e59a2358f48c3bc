package io.covet.relations.sample.repository;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Author;

/** Authors; implemented by the starter. */
public interface AuthorRepository extends CovetRepository<Author, Long> {
}
