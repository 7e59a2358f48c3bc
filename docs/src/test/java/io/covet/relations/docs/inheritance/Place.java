package io.covet.relations.docs.inheritance;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;

// inheritance.md: multi-table inheritance

@Model @Inheritance(Inheritance.Strategy.JOINED) class Place { @Id Long id; String name; }
@Model class Restaurant extends Place { boolean servesPizza; }   // table restaurant, key place_ptr_id -> place.id
