package io.covet.relations.docs.inheritance;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.RelatedManager;

/** The person the abstract base's notes and memos point at, and whom {@link Senior} proxies. */
@Model
class Person {

	@Id
	Long id;

	String name;

	int age;

	RelatedManager<Note> notes = RelatedManager.unbound();

	RelatedManager<Memo> memos = RelatedManager.unbound();

	Person() {
	}

	Person(String name, int age) {
		this.name = name;
		this.age = age;
	}

	RelatedManager<Note> notes() {
		return this.notes;
	}

	RelatedManager<Memo> memos() {
		return this.memos;
	}
}
