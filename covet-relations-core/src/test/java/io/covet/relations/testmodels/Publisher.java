package io.covet.relations.testmodels;

import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Id;
import io.covet.relations.relation.RelatedManager;

@Model
public class Publisher {

	@Id
	private Long id;

	private String name;

	private RelatedManager<Author> authors = RelatedManager.unbound();

	protected Publisher() {
	}

	public Publisher(String name) {
		this.name = name;
	}

	public Long getId() {
		return this.id;
	}

	public String getName() {
		return this.name;
	}

	public RelatedManager<Author> authors() {
		return this.authors;
	}

	@Override
	public String toString() {
		return "Publisher[" + this.name + "]";
	}
}
