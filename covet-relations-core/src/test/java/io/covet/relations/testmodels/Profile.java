package io.covet.relations.testmodels;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.relation.Ref;

@Model
public class Profile {

	@Id
	public Long id;

	@OneToOne(relatedName = "profile")
	public Ref<Author> author = Ref.none();

	public String bio;

	protected Profile() {
	}

	public Profile(Author author, String bio) {
		this.author = Ref.to(author);
		this.bio = bio;
	}
}
