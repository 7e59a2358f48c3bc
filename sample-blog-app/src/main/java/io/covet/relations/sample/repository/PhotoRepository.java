package io.covet.relations.sample.repository;

import io.covet.relations.repository.CovetRepository;
import io.covet.relations.sample.model.Photo;

/** Photos; implemented by the starter. */
public interface PhotoRepository extends CovetRepository<Photo, java.util.UUID> {
}
