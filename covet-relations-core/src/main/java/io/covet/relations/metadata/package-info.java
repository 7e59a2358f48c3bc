/** Model metadata read once from annotated classes: tables, columns, keys and the relation graph. */
package io.covet.relations.metadata;
