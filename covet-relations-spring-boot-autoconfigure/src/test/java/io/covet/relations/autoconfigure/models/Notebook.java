package io.covet.relations.autoconfigure.models;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.RelatedManager;

@Model
public class Notebook {

	@Id
	public Long id;

	public String title;

	public RelatedManager<Note> notes = RelatedManager.unbound();

	@ManyToMany(relatedName = "notebooks")
	public ManyRelatedManager<Label> labels = ManyRelatedManager.unbound();
}
