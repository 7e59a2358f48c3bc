package io.covet.relations.autoconfigure.samename.second;

import io.covet.relations.autoconfigure.models.Label;
import io.covet.relations.repository.CovetRepository;

/** One of two repository interfaces sharing a simple name, so a bean name. */
public interface LabelRepository extends CovetRepository<Label, Long> {
}
