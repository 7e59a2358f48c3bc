package io.covet.relations.autoconfigure.models;

import java.util.List;
import java.util.Optional;

import io.covet.relations.repository.CovetRepository;

/** A user-declared repository: CRUD from CovetRepository, derived queries, a default method. */
public interface NotebookRepository extends CovetRepository<Notebook, Long> {

	List<Notebook> findByTitleContaining(String text);

	Optional<Notebook> findFirstByTitleIgnoreCaseOrderByIdDesc(String title);

	long countByTitleStartingWith(String prefix);

	boolean existsByTitle(String title);

	List<Notebook> findByTitleInOrTitleIsNull(List<String> titles);

	long deleteByTitle(String title);

	default List<Notebook> titledLike(String text) {
		return objects().filter("title__icontains", text).orderBy("title").list();
	}
}
