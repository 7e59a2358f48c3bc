package io.covet.relations.docs.library;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;

@Model
public class Review {

	@Id
	Long id;

	@ForeignKey(relatedName = "reviews")
	Ref<Book> book = Ref.none();

	int stars;

	protected Review() {
	}

	public Review(Book book, int stars) {
		this.book = Ref.to(book);
		this.stars = stars;
	}
}
