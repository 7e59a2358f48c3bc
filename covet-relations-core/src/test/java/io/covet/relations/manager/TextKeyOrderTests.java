package io.covet.relations.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

@Models({ TextKeyOrderTests.Box.class, TextKeyOrderTests.Thing.class, TextKeyOrderTests.Word.class })
/**
 * The first and last of an unordered prefetch are taken by key from the list; text keys must come out in the order the
 * database gives the unprefetched {@code first()}/{@code last()}: by code point, not by Java's UTF-16 units.
 */
class TextKeyOrderTests {

	@Model(table = "tko_box")
	static class Box {
		@Id
		Long id;
		String name;
		RelatedManager<Thing> things = RelatedManager.unbound();
		@ManyToMany(relatedName = "boxes", table = "tko_box_word")
		ManyRelatedManager<Word> words = ManyRelatedManager.unbound();
	}

	@Model(table = "tko_thing")
	static class Thing {
		@Id
		String code;
		@ForeignKey(relatedName = "things", nullable = true, onDelete = OnDelete.SET_NULL)
		Ref<Box> box = Ref.none();
	}

	@Model(table = "tko_word")
	static class Word {
		@Id
		String code;
	}

	static final String FULLWIDTH_A = "\uFF21"; // U+FF21
	static final String EMOJI = "\uD83D\uDE00"; // U+1F600: above U+FF21 by code point, below it in UTF-16 units

	@DatabaseTest
	void theFirstAndLastOfAnUnorderedPrefetchOrderTextKeysByCodePoint(TestDatabase db) {
		Box box = new Box();
		box.name = "b";
		db.relations().repository(Box.class).save(box);
		for (String code : List.of(FULLWIDTH_A, EMOJI)) {
			Thing t = new Thing();
			t.code = code;
			t.box = Ref.to(box);
			db.relations().repository(Thing.class).save(t);
			Word w = new Word();
			w.code = code;
			db.relations().repository(Word.class).save(w);
		}
		box.words.add(List.of(FULLWIDTH_A, EMOJI).toArray());
		String plainFirst = box.things.first().orElseThrow().code;
		String plainLast = box.things.last().orElseThrow().code;
		Box loaded = db.relations().objects(Box.class).prefetchRelated("things", "words").get("id", box.id);
		String wordFirst = box.words.first().orElseThrow().code;
		assertThat(loaded.words.first().orElseThrow().code).as("m2m prefetched first vs unprefetched " + wordFirst)
			.isEqualTo(wordFirst);
		assertThat(loaded.things.last().orElseThrow().code).as("reverse prefetched last vs unprefetched last " + plainLast)
			.isEqualTo(plainLast);
		assertThat(loaded.things.first().orElseThrow().code).isEqualTo(plainFirst);
	}
}
