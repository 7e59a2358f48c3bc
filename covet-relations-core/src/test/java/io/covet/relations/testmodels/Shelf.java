package io.covet.relations.testmodels;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;

/** A model with a generated Integer key. */
@Model
public class Shelf {

	@Id
	public Integer id;

	public String label;

	protected Shelf() {
	}

	public Shelf(String label) {
		this.label = label;
	}
}
