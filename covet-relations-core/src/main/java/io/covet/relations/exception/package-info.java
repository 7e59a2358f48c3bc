/**
 * Exceptions named for the failure. Data-access failures extend Spring's {@code DataAccessException} hierarchy so
 * they fit Spring's translation; definition failures are raised at startup.
 */
package io.covet.relations.exception;
