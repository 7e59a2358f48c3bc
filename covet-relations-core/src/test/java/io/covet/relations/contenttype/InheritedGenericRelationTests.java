package io.covet.relations.contenttype;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.query.Prefetch;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Generic keys to the rows of a single-table child or a proxy store the content type of the model that owns the table,
 * so the generic relation declared on the base finds them, reads them, prefetches them and deletes them with their
 * object; the discriminator still reads each target as its own class.
 */
@Models({ InheritedGenericRelationTests.Page.class, InheritedGenericRelationTests.Draft.class,
		InheritedGenericRelationTests.Memo.class, InheritedGenericRelationTests.Note.class })
class InheritedGenericRelationTests {

	@Model(table = "ig_page")
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Page {

		@Id
		Long id;

		String title;

		@GenericRelation(Note.class)
		RelatedManager<Note> notes = RelatedManager.unbound();
	}

	@Model
	static class Draft extends Page {
	}

	@Model
	@Proxy
	static class Memo extends Page {
	}

	@Model(table = "ig_note")
	static class Note {

		@Id
		Long id;

		String text;

		@ForeignKey(relatedName = "+", nullable = true)
		Ref<ContentType> contentType = Ref.none();

		Long objectId;

		@GenericForeignKey(ctField = "contentType", idField = "objectId")
		GenericRef target = GenericRef.none();

		Note() {
		}

		Note(String text, Object target) {
			this.text = text;
			this.target = GenericRef.to(target);
		}
	}

	@DatabaseTest
	void aNoteOnASingleTableChildIsFoundFromTheBase(TestDatabase db) {
		Draft draft = new Draft();
		draft.title = "draft";
		db.repo(Draft.class).save(draft);
		db.repo(Note.class).save(new Note("on the draft", draft));

		Page page = db.<Page, Long>repo(Page.class).findById(draft.id).orElseThrow();
		assertThat(page.notes.all()).extracting(n -> n.text).containsExactly("on the draft");
		Draft loaded = db.<Draft, Long>repo(Draft.class).findById(draft.id).orElseThrow();
		assertThat(loaded.notes.all()).extracting(n -> n.text).containsExactly("on the draft");
		assertThat(loaded.notes.count()).isEqualTo(1);
		Note note = db.<Note, Long>repo(Note.class).objects().first().orElseThrow();
		assertThat(note.target.fetch()).isInstanceOf(Draft.class);
		assertThat(db.<Note, Long>repo(Note.class).objects().prefetchRelated("target").first().orElseThrow().target.get())
			.isInstanceOf(Draft.class);
		Page prefetched = db.<Page, Long>repo(Page.class).objects().prefetchRelated("notes").first().orElseThrow();
		assertThat(prefetched.notes.all()).extracting(n -> n.text).containsExactly("on the draft");
		assertThat(db.repo(Page.class).filter("notes__text", "on the draft").count()).isEqualTo(1);
		assertThat(db.repo(Draft.class).objects().explainDelete().deletes()).containsEntry("Note", 1L);
		db.repo(Draft.class).filter("id", draft.id).delete();
		assertThat(db.rows("ig_note")).isZero();
	}

	/**
	 * A generic prefetch's query set of a single-table child or a proxy applies to the objects stored under the table
	 * owner's content type: its filters (the child's discriminator included) say which load; the others read as null.
	 */
	@DatabaseTest
	void aGenericPrefetchAppliesAQuerySetOfASingleTableChildOrAProxy(TestDatabase db) {
		Page page = new Page();
		page.title = "page";
		db.repo(Page.class).save(page);
		Draft draft = new Draft();
		draft.title = "draft";
		db.repo(Draft.class).save(draft);
		CovetRepository<Note, Long> notes = db.repo(Note.class);
		notes.saveAll(List.of(new Note("on the page", page), new Note("on the draft", draft)));

		List<Note> none = notes.objects().orderBy("id")
			.prefetchRelated(Prefetch.generic("target", db.<Draft, Long>repo(Draft.class).filter("title", "other")))
			.list();
		assertThat(none).extracting(note -> note.target.get()).containsExactly(null, null);
		List<Note> drafts = notes.objects().orderBy("id")
			.prefetchRelated(Prefetch.generic("target", db.<Draft, Long>repo(Draft.class).objects()))
			.list();
		assertThat(drafts.get(0).target.get()).isNull();
		assertThat(drafts.get(1).target.get()).isInstanceOf(Draft.class);
		List<Note> memos = notes.objects().orderBy("id")
			.prefetchRelated(Prefetch.generic("target", db.<Memo, Long>repo(Memo.class).filter("title", "page")))
			.list();
		assertThat(((Page) memos.get(0).target.get()).title).isEqualTo("page");
		assertThat(memos.get(1).target.get()).isNull();
		assertThatThrownBy(() -> notes.objects().prefetchRelated(Prefetch.generic("target",
				db.<Page, Long>repo(Page.class).objects(), db.<Memo, Long>repo(Memo.class).objects())))
			.isInstanceOf(InvalidQueryException.class);
	}

	@DatabaseTest
	void aNoteOnAProxyIsFoundFromTheBase(TestDatabase db) {
		Memo memo = new Memo();
		memo.title = "memo";
		db.repo(Memo.class).save(memo);
		db.repo(Note.class).save(new Note("on the memo", memo));

		Page page = db.<Page, Long>repo(Page.class).findById(memo.id).orElseThrow();
		assertThat(page.getClass()).isEqualTo(Page.class);
		assertThat(page.notes.all()).extracting(n -> n.text).containsExactly("on the memo");
		Memo loaded = db.<Memo, Long>repo(Memo.class).findById(memo.id).orElseThrow();
		assertThat(loaded.notes.all()).extracting(n -> n.text).containsExactly("on the memo");
		db.repo(Memo.class).filter("id", memo.id).delete();
		assertThat(db.rows("ig_note")).isZero();
	}
}
