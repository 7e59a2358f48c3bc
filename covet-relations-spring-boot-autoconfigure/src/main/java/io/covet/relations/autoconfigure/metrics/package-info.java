/** Micrometer meters for Covet Relations. */
package io.covet.relations.autoconfigure.metrics;
