package io.covet.relations.autoconfigure.models;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;

@Model
public class Label {

	@Id
	public Long id;

	public String name;
}
