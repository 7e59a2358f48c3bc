package io.covet.relations.docs.manytomany;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;

/** many-to-many.md: a relation through a model of its own. */
@Model
public class Club {

	@Id
	Long id;

	String name;

	@ManyToMany(relatedName = "clubs", through = Membership.class)
	private ManyRelatedManager<Person> members = ManyRelatedManager.unbound();

	protected Club() {
	}

	Club(String name) {
		this.name = name;
	}

	ManyRelatedManager<Person> members() {
		return this.members;
	}
}
