/**
 * Micrometer observations of whole Covet Relations operations: a prefetch level, a delete with its cascades, a
 * many-to-many change. Names and keys are listed by {@link io.covet.relations.autoconfigure.observation.RelationsObservationDocumentation}.
 */
package io.covet.relations.autoconfigure.observation;
