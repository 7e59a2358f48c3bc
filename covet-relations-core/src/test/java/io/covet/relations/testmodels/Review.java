package io.covet.relations.testmodels;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;

@Model
public class Review {

	@Id
	public Long id;

	@ForeignKey(relatedName = "reviews")
	public Ref<Book> book = Ref.none();

	public int stars;

	public String body;

	protected Review() {
	}

	public Review(Book book, int stars, String body) {
		this.book = Ref.to(book);
		this.stars = stars;
		this.body = body;
	}
}
