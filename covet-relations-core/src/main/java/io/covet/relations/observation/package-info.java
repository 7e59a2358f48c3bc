/** Hooks on executed statements: query counting, logging, metrics. */
package io.covet.relations.observation;
