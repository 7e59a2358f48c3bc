package io.covet.relations.autoconfigure.wildcard;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;

/** A table name with underscores, which a LIKE pattern reads as wildcards. */
@Model(table = "bfw_boot_wild")
public class WildcardTable {

	@Id
	public Long id;

	public String name;
}
