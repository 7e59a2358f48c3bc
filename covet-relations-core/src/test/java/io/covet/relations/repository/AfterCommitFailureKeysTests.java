package io.covet.relations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.event.ManyToManyChanged;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

@Models({ AfterCommitFailureKeysTests.Post.class, AfterCommitFailureKeysTests.Tag.class })
/** A failure after the commit (an application's afterCommit callback) must not take back keys of rows that were committed. */
class AfterCommitFailureKeysTests {

	@Model(table = "acf_post")
	static class Post {
		@Id
		Long id;
		String title;
		@ManyToMany(relatedName = "posts", table = "acf_post_tag")
		ManyRelatedManager<Tag> tags = ManyRelatedManager.unbound();
	}

	@Model(table = "acf_tag")
	static class Tag {
		@Id
		Long id;
		String name;
	}

	/** An after-commit callback (say, a notification) registered by an event listener fails after the commit. */
	@DatabaseTest
	void aCallbackFailingAfterTheCommitLeavesTheCommittedRowsKey(TestDatabase db) {
		CovetRelations relations = db.build(builder -> builder.eventListener(event -> {
			if (event instanceof ManyToManyChanged && TransactionSynchronizationManager.isSynchronizationActive()) {
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCommit() {
						throw new IllegalStateException("notification failed");
					}
				});
			}
		}));
		Post post = new Post();
		post.title = "p";
		relations.repository(Post.class).save(post);
		Post loaded = relations.repository(Post.class).findById(post.id).orElseThrow();
		Tag tag = new Tag();
		tag.name = "t";
		assertThatThrownBy(() -> loaded.tags.create(tag)).hasMessage("notification failed");
		assertThat(db.rows("acf_tag")).as("the tag row is committed").isEqualTo(1);
		Long keptKey = tag.id;
		relations.repository(Tag.class).save(tag);
		assertThat(db.rows("acf_tag")).as("saving it again duplicates the row (key after failure: " + keptKey + ")").isEqualTo(1);
	}
}
