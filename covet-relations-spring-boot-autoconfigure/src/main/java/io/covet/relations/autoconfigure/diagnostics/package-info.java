/** Failure analyzers for Covet Relations startup errors. */
package io.covet.relations.autoconfigure.diagnostics;
