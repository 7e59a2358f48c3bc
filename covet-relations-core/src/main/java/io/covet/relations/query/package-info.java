/** Query sets: lookups, traversal across relations, select-related joins and prefetching. */
package io.covet.relations.query;
