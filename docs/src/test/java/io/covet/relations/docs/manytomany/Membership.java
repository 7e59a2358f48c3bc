package io.covet.relations.docs.manytomany;

import java.time.LocalDate;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.Ref;

@Model
public class Membership {
	@Id Long id;
	@ForeignKey(relatedName = "memberships") Ref<Club> club;
	@ForeignKey(relatedName = "memberships") Ref<Person> person;
	@Column(nullable = false) String role;
	LocalDate joined;
}
