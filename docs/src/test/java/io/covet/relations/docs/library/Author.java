package io.covet.relations.docs.library;

import java.util.List;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Transient;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

@Model
public class Author {

	@Id
	Long id;

	String name;

	@ForeignKey(relatedName = "authors", nullable = true, onDelete = OnDelete.SET_NULL)
	Ref<Publisher> publisher = Ref.none();

	RelatedManager<Book> books = RelatedManager.unbound();

	RelatedManager<Book> edited = RelatedManager.unbound();

	/** Filled by {@code new Prefetch("books", ..., "longBooks")} (loading.md). */
	@Transient
	List<Book> longBooks;

	protected Author() {
	}

	public Author(String name, Publisher publisher) {
		this.name = name;
		this.publisher = Ref.to(publisher);
	}
}
