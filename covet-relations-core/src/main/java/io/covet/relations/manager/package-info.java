/** Implementations of the relation accessors bound to loaded instances. */
package io.covet.relations.manager;
