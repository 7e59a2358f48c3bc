package io.covet.relations.docs.library;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

@Model
public class Publisher {

	@Id
	Long id;

	String name;

	RelatedManager<Author> authors = RelatedManager.unbound();

	protected Publisher() {
	}

	public Publisher(String name) {
		this.name = name;
	}
}
