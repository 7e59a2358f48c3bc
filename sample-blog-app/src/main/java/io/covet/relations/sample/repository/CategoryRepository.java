package io.covet.relations.sample.repository;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Category;

/** Categories; implemented by the starter. */
public interface CategoryRepository extends CovetRepository<Category, Long> {
}
