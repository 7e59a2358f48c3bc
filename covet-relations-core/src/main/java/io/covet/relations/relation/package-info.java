/** What a model holds for its relations: {@link io.covet.relations.relation.Ref} forward, managers reverse. */
package io.covet.relations.relation;
