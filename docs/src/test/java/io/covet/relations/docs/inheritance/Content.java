package io.covet.relations.docs.inheritance;

import io.covet.relations.annotation.DiscriminatorValue;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;

// inheritance.md: single-table inheritance

@Model(table = "content")
@Inheritance(Inheritance.Strategy.SINGLE_TABLE)        // discriminatorColumn = "kind" by default
class Content { @Id Long id; String title; }

@Model class Article extends Content { String body; }  // discriminator value "article"
@Model @DiscriminatorValue("featured") class Featured extends Article { String badge; }
@Model class Video extends Content { Integer seconds; }
