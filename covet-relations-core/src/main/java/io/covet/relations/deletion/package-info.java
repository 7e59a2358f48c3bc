/** The deletion collector: Django's on_delete semantics with set-based, transactional SQL. */
package io.covet.relations.deletion;
