package io.covet.relations.testmodels;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

/** A model with an assigned String key. */
@Model
public class Country {

	@Id
	public String code;

	public String name;

	public RelatedManager<City> cities = RelatedManager.unbound();

	protected Country() {
	}

	public Country(String code, String name) {
		this.code = code;
		this.name = name;
	}
}
