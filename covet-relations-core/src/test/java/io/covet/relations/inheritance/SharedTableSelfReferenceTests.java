package io.covet.relations.inheritance;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A single-table class whose nullable key points at another row of the same table, deleted from the base. Before
 * (found by a probing helper), MariaDB refused the delete ("Cannot delete or update a parent row"): the key, declared
 * on the subclass, was not set to NULL first, since only the base's keys were looked at, and MariaDB checks each row.
 */
@Models({ SharedTableSelfReferenceTests.Entry.class, SharedTableSelfReferenceTests.Topic.class,
		SharedTableSelfReferenceTests.Reply.class, SharedTableSelfReferenceTests.Answer.class })
class SharedTableSelfReferenceTests {

	@Model(table = "stsr_entry")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Entry {
		@Id
		Long id;
		String title;
	}

	@Model
	static class Topic extends Entry {
	}

	@Model
	static class Reply extends Entry {
		@ForeignKey(relatedName = "replies", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Topic> topic = Ref.none();
	}

	/** Required in Java; its column, which the table's other classes leave empty, is nullable in the table. */
	@Model
	static class Answer extends Entry {
		@ForeignKey(relatedName = "answers", onDelete = OnDelete.CASCADE)
		Ref<Topic> question = Ref.none();
	}

	@DatabaseTest
	void deletingFromTheBaseTakesRowsThatReferenceEachOther(TestDatabase db) {
		Topic topic = new Topic();
		topic.title = "topic";
		db.relations().repository(Topic.class).save(topic);
		Reply reply = new Reply();
		reply.title = "reply";
		reply.topic = Ref.to(topic);
		db.relations().repository(Reply.class).save(reply);

		assertThat(db.relations().objects(Entry.class).delete().total()).isEqualTo(2);
		assertThat(db.rows("stsr_entry")).isZero();
	}

	/** A key the subclass requires: before, MariaDB refused this delete too. */
	@DatabaseTest
	void deletingFromTheBaseTakesRowsThatASubclassRequiresToReferenceEachOther(TestDatabase db) {
		Topic topic = new Topic();
		topic.title = "topic";
		db.relations().repository(Topic.class).save(topic);
		Answer answer = new Answer();
		answer.title = "answer";
		answer.question = Ref.to(topic);
		db.relations().repository(Answer.class).save(answer);

		assertThat(db.relations().objects(Entry.class).explainDelete().deletes()).containsEntry("Entry", 2L);
		assertThat(db.relations().objects(Entry.class).delete().total()).isEqualTo(2);
		assertThat(db.rows("stsr_entry")).isZero();
	}
}
