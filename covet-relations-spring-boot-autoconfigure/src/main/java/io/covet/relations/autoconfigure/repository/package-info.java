/** Repository interfaces as beans, with derived queries. */
package io.covet.relations.autoconfigure.repository;
