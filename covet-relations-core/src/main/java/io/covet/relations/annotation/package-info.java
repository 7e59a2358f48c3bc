/** Annotations a user puts on model classes: tables, keys, columns and relations. */
package io.covet.relations.annotation;
