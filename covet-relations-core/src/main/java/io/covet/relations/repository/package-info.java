/** Repositories: Spring Data's CRUD contract over a model, plus query sets. */
package io.covet.relations.repository;
