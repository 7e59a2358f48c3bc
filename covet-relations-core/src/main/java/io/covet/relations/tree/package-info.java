/** Self-referential trees: adjacency list, materialized path and nested sets behind one API. */
package io.covet.relations.tree;
