package io.covet.relations.docs.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import io.covet.relations.CovetRelations;
import io.covet.relations.deletion.DeletionPlan;
import io.covet.relations.docs.GuideDatabase;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.repository.CovetRepository;

/** deletion.md. */
class DeletionSnippetTests {

	@Test
	void explainsThenDeletesWithEveryCascade() {
		Library library = new Library(12);
		CovetRepository<Author, Long> authors = library.authors;

		DeletionPlan plan = authors.filter("name", "Ann").explainDelete();   // what delete() would do, with reads only
		plan.deletes();                 // {Author=1, Book=12, Review=24}
		plan.updates();                 // {Book.editor=1}: rows a SET_NULL would change

		DeleteResult result = authors.filter("name", "Ann").delete();
		result.total();                 // 1 + books + reviews + ...
		result.perModel();              // {Author=1, Book=12, Review=24}, as planned

		assertThat(plan.deletes()).isEqualTo(Map.of("Author", 1L, "Book", 12L, "Review", 24L));
		assertThat(plan.updates()).isEqualTo(Map.of("Book.editor", 1L));
		assertThat(result.perModel()).isEqualTo(plan.deletes());
		assertThat(result.total()).isEqualTo(37);
		assertThat(library.books.get("title", "Bob's").editor.isNull()).isTrue();
	}

	@Test
	void aHandlerReplacesOnDelete() {
		DataSource dataSource = GuideDatabase.dataSource();

		CovetRelations relations = CovetRelations.builder(dataSource)
			.models(Publisher.class, Author.class, Book.class, Review.class)
			.onDeleteHandler(Book.class, "editor", (relation, books) -> {
				books.update("archived", true);   // keep the books an editor leaves, marked
				books.update("editor", null);
			})
			.build();

		Library library = new Library(relations, 1);
		library.authors.delete(library.ann);

		Book left = library.books.get("title", "Bob's");
		assertThat(left.archived).isTrue();
		assertThat(left.editor.isNull()).isTrue();
	}
}
