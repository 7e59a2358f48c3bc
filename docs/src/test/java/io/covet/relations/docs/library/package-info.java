/**
 * The publisher, author, book and review models that relations.md, queries.md, loading.md and deletion.md use, with
 * their snippets run on SQLite.
 */
package io.covet.relations.docs.library;
