package io.covet.relations.benchmarks;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/** The Covet side of the benchmark schema: publishers, authors and their books. */
public final class BenchModels {

	private BenchModels() {
	}

	@Model(table = "publisher")
	public static class Publisher {

		@Id
		public Long id;

		public String name;
	}

	@Model(table = "author")
	public static class Author {

		@Id
		public Long id;

		public String name;

		public RelatedManager<Book> books = RelatedManager.unbound();
	}

	@Model(table = "book")
	public static class Book {

		@Id
		public Long id;

		public String title;

		@ForeignKey(relatedName = "books")
		public Ref<Author> author = Ref.none();

		@ForeignKey(relatedName = "books")
		public Ref<Publisher> publisher = Ref.none();
	}
}
