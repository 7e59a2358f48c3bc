package io.covet.relations.autoconfigure.models;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;

@Model
public class Note {

	@Id
	public Long id;

	public String text;

	@ForeignKey(relatedName = "notes")
	public Ref<Notebook> notebook = Ref.none();
}
