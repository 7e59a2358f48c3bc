package io.covet.relations.m2m;

import java.time.LocalDate;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;

/** Models for the many-to-many tests: a derived through table, a custom one, symmetrical and one-way self-relations. */
final class M2mModels {

	private M2mModels() {
	}

	@Model(table = "m_post")
	static class Post {

		@Id
		Long id;

		String title;

		@ManyToMany(relatedName = "posts")
		ManyRelatedManager<Tag> tags = ManyRelatedManager.unbound();

		Post() {
		}

		Post(String title) {
			this.title = title;
		}
	}

	@Model(table = "m_tag")
	static class Tag {

		@Id
		Long id;

		String name;

		ManyRelatedManager<Post> posts = ManyRelatedManager.unbound();

		Tag() {
		}

		Tag(String name) {
			this.name = name;
		}

		@Override
		public String toString() {
			return this.name;
		}
	}

	@Model(table = "m_person")
	static class Person {

		@Id
		Long id;

		String name;

		@ManyToMany
		ManyRelatedManager<Person> friends = ManyRelatedManager.unbound();

		@ManyToMany(relatedName = "followers", symmetrical = false)
		ManyRelatedManager<Person> following = ManyRelatedManager.unbound();

		ManyRelatedManager<Person> followers = ManyRelatedManager.unbound();

		ManyRelatedManager<Club> clubs = ManyRelatedManager.unbound();

		Person() {
		}

		Person(String name) {
			this.name = name;
		}

		@Override
		public String toString() {
			return this.name;
		}
	}

	@Model(table = "m_club")
	static class Club {

		@Id
		Long id;

		String name;

		@ManyToMany(relatedName = "clubs", through = Membership.class)
		ManyRelatedManager<Person> members = ManyRelatedManager.unbound();

		Club() {
		}

		Club(String name) {
			this.name = name;
		}
	}

	@Model(table = "m_membership")
	static class Membership {

		@Id
		Long id;

		@ForeignKey(relatedName = "memberships")
		Ref<Club> club = Ref.none();

		@ForeignKey(relatedName = "memberships")
		Ref<Person> person = Ref.none();

		@Column(nullable = false)
		String role;

		LocalDate joined;

		int rank = 1;
	}
}
