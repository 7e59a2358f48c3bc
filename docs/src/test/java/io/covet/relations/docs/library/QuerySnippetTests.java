package io.covet.relations.docs.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.covet.relations.repository.CovetRepository;

/** queries.md. */
class QuerySnippetTests {

	@Test
	void refinesAndPages() {
		Library library = new Library(30);
		CovetRepository<Book, Long> books = library.books;

		List<Book> page = books.objects()
			 .filter("author__name__startswith", "A")
			 .exclude("title__icontains", "draft")
			 .orderBy("-published", "title")
			 .limit(10).offset(20)
			 .list();

		// 27 of Ann's 30 books are no drafts; the third page of ten holds the 7 oldest.
		assertThat(page).extracting(book -> book.title)
			.containsExactly("Book 7", "Book 6", "Book 5", "Book 4", "Book 3", "Book 2", "Book 1");
	}
}
