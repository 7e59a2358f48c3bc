package io.covet.relations.docs.inheritance;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;

// inheritance.md: an abstract base and two models that extend it

abstract class Written {
	@Id Long id;
	String text;
	@ForeignKey(relatedName = "{class}s") Ref<Person> author;   // person.notes(), person.memos()
}
@Model class Note extends Written { }
@Model class Memo extends Written { boolean urgent; }
