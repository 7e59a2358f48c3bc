package io.covet.relations.autoconfigure.models;

import java.util.List;
import java.util.Optional;

import io.covet.relations.repository.CovetRepository;

/** Derived queries that cross relations: a foreign key, then the notebook's many-to-many. */
public interface NoteRepository extends CovetRepository<Note, Long> {

	List<Note> findByNotebookTitle(String title);

	long countByNotebook_TitleIgnoreCase(String title);

	List<Note> findByNotebookLabelsNameOrderByNotebookTitleDescTextAsc(String label);

	Optional<Note> findFirstByTextStartingWithOrderByIdDesc(String prefix);

	List<Note> findByNotebook_LabelsNameOrderByTextAsc(String label);

	long countByNotebookLabels_Name(String label);
}
