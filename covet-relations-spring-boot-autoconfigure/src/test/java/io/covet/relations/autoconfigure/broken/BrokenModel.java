package io.covet.relations.autoconfigure.broken;

import java.util.List;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;

/** Maps a List without @Transient: startup must fail naming the class and field. */
@Model
public class BrokenModel {

	@Id
	public Long id;

	public List<String> tags;
}
