/** Covet Relations: Django-grade relationships on plain Spring JDBC. Start at {@link io.covet.relations.CovetRelations}. */
package io.covet.relations;
