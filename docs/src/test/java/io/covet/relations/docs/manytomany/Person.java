package io.covet.relations.docs.manytomany;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;

/** many-to-many.md: self-relations, symmetrical and not. */
@Model
public class Person {

	@Id
	Long id;

	String name;

	@ManyToMany                                            // symmetrical by default on a self-relation
	private ManyRelatedManager<Person> friends = ManyRelatedManager.unbound();

	@ManyToMany(relatedName = "followers", symmetrical = false)
	private ManyRelatedManager<Person> following = ManyRelatedManager.unbound();
	private ManyRelatedManager<Person> followers = ManyRelatedManager.unbound();

	ManyRelatedManager<Club> clubs = ManyRelatedManager.unbound();

	protected Person() {
	}

	Person(String name) {
		this.name = name;
	}

	ManyRelatedManager<Person> friends() {
		return this.friends;
	}

	ManyRelatedManager<Person> following() {
		return this.following;
	}

	ManyRelatedManager<Person> followers() {
		return this.followers;
	}
}
