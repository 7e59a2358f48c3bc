/** Turning rows into objects and loading relations ahead of use: select-related joins and prefetching. */
package io.covet.relations.loading;
