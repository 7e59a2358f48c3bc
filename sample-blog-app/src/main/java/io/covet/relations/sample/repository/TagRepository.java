package io.covet.relations.sample.repository;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Tag;

/** Tags; implemented by the starter. */
public interface TagRepository extends CovetRepository<Tag, Long> {
}
