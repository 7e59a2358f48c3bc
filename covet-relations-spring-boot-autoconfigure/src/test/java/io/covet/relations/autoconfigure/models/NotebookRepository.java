package io.covet.relations.autoconfigure.models;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;

import io.covet.relations.repository.CovetRepository;

/** A user-declared repository: CRUD from CovetRepository, derived queries, a default method. */
public interface NotebookRepository extends CovetRepository<Notebook, Long> {

	List<Notebook> findByTitleContaining(String text);

	Optional<Notebook> findFirstByTitleIgnoreCaseOrderByIdDesc(String title);

	long countByTitleStartingWith(String prefix);

	boolean existsByTitle(String title);

	List<Notebook> findByTitleInOrTitleIsNull(List<String> titles);

	long deleteByTitle(String title);

	List<Notebook> findByNotesTextContaining(String text);

	List<Notebook> findByLabelsNameOrderByTitleAsc(String label);

	List<Notebook> findByTitleNotIgnoreCase(String title);

	Set<Notebook> findDistinctByLabelsName(String label);

	List<Notebook> findTop1ByTitleContainingAllIgnoreCaseOrderByTitleDesc(String text);

	boolean existsByNotesTextContaining(String text);

	List<Notebook> findByIdInOrderByIdDesc(List<Long> ids);

	int deleteByLabelsName(String label);

	int countByTitleContaining(String text);

	List<Notebook> findByTitleIsNotNull(Sort sort);

	List<Notebook> findByTitleStartingWith(String prefix, Limit limit);

	Page<Notebook> findByTitleContainingIgnoreCase(String text, Pageable pageable);

	Slice<Notebook> findByTitleIsNotNullOrderByIdAsc(Pageable pageable);

	default List<Notebook> titledLike(String text) {
		return objects().filter("title__icontains", text).orderBy("title").list();
	}
}
