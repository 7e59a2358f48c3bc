package io.covet.relations.docs.generic;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;

/** A second model comments point at (generic-relations.md names it without showing it). */
@Model
public class Photo {

	@Id
	Long id;

	String caption;
}
