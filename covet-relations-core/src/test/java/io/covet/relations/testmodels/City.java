package io.covet.relations.testmodels;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;

@Model
public class City {

	@Id
	public Long id;

	public String name;

	@ForeignKey(relatedName = "cities")
	public Ref<Country> country = Ref.none();

	protected City() {
	}

	public City(String name, Country country) {
		this.name = name;
		this.country = Ref.to(country);
	}
}
