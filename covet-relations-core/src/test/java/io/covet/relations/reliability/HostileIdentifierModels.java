package io.covet.relations.reliability;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.DiscriminatorValue;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;

/**
 * Models whose names sit at, or just past, what one database or another accepts: long names, two-byte and
 * four-byte characters, names that differ only in case, names the library composes from long ones.
 */
final class HostileIdentifierModels {

	/** Ten characters, to build names whose length can be counted. */
	static final String TEN = "abcdefghi_";

	/** Exactly PostgreSQL's 63 bytes. */
	static final String TABLE_63 = "t63_" + TEN + TEN + TEN + TEN + TEN + "abcdefghi";

	static final String COLUMN_63 = "c63_" + TEN + TEN + TEN + TEN + TEN + "abcdefghi";

	/** Exactly MariaDB's 64 characters: one byte past PostgreSQL's limit. */
	static final String TABLE_64 = "t64_" + TEN + TEN + TEN + TEN + TEN + TEN;

	static final String TABLE_65 = "t65_" + TEN + TEN + TEN + TEN + TEN + TEN + "x";

	static final String TABLE_200 = "t200_" + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN + TEN
			+ TEN + TEN + TEN + TEN + TEN + TEN + "abcde";

	/** Forty two-byte characters: 40 characters, 80 bytes of UTF-8. */
	static final String WIDE_40 = "éééééééééé" + "éééééééééé" + "éééééééééé" + "éééééééééé";

	private HostileIdentifierModels() {
	}

	@Model(table = TABLE_63)
	static class Fits63 {

		@Id
		Long id;

		@Column(name = COLUMN_63)
		String value;
	}

	@Model(table = TABLE_64)
	static class Fits64 {

		@Id
		Long id;

		@Column(name = "value")
		String value;
	}

	@Model(table = TABLE_65)
	static class Fits65 {

		@Id
		Long id;

		@Column(name = "value")
		String value;
	}

	@Model(table = "wide")
	static class Wide40 {

		@Id
		Long id;

		@Column(name = WIDE_40)
		String value;
	}

	@Model(table = "emoji")
	static class Emoji {

		@Id
		Long id;

		@Column(name = "title 📚")
		String value;
	}

	@Model(table = TABLE_200)
	static class Fits200 {

		@Id
		Long id;

		@Column(name = "value")
		String value;
	}

	/** Its through tables and their columns, index and constraint names are composed past 63 bytes. */
	@Model
	static class LongNamedAuthorOfManyBooksAndArticlesAndLetters {

		@Id
		Long id;

		String name;

		@ManyToMany(relatedName = "seasonFans")
		ManyRelatedManager<LongNamedGenreOfManyBooksAndArticlesAndEssays> favouriteGenresOfTheSeason = ManyRelatedManager
			.unbound();

		@ManyToMany(relatedName = "yearFans")
		ManyRelatedManager<LongNamedGenreOfManyBooksAndArticlesAndEssays> favouriteGenresOfTheYear = ManyRelatedManager
			.unbound();

		@ManyToMany(relatedName = "+")
		ManyRelatedManager<LongNamedAuthorOfManyBooksAndArticlesAndLetters> correspondents = ManyRelatedManager.unbound();

		RelatedManager<LongNamedGenreOfManyBooksAndArticlesAndEssays> curatedGenres = RelatedManager.unbound();
	}

	@Model
	static class LongNamedGenreOfManyBooksAndArticlesAndEssays {

		@Id
		Long id;

		String name;

		@ForeignKey(relatedName = "curatedGenres", nullable = true, dbIndex = true)
		Ref<LongNamedAuthorOfManyBooksAndArticlesAndLetters> curatedByTheAuthorOfTheseBooks = Ref.none();
	}

	/** Its child's parent-link column is composed past 63 bytes. */
	@Model
	@Inheritance(Inheritance.Strategy.JOINED)
	static class LongNamedPublisherOfManyBooksAndArticlesAndLetters {

		@Id
		Long id;

		String name;
	}

	@Model
	static class Imprint extends LongNamedPublisherOfManyBooksAndArticlesAndLetters {

		String city;
	}

	@Model(table = "Twin")
	static class UpperTwin {

		@Id
		Long id;
	}

	@Model(table = "twin")
	static class LowerTwin {

		@Id
		Long id;
	}

	@Model
	static class ColumnTwins {

		@Id
		Long id;

		@Column(name = "Title")
		String title;

		@Column(name = "title")
		String heading;
	}

	@Model
	static class AccentedTwins {

		@Id
		Long id;

		@Column(name = "É")
		String upper;

		@Column(name = "é")
		String lower;
	}

	@Model
	@Inheritance(Inheritance.Strategy.SINGLE_TABLE)
	static class Document {

		@Id
		Long id;
	}

	@Model
	@DiscriminatorValue("letter")
	static class Letter extends Document {

		@Column(name = "Subject")
		String subject;
	}

	@Model
	@DiscriminatorValue("memo")
	static class Memo extends Document {

		@Column(name = "subject")
		String topic;
	}

	@Model(table = "with nul\u0000inside")
	static class NulTable {

		@Id
		Long id;
	}

	@Model(table = "   ")
	static class SpacesTable {

		@Id
		Long id;
	}

	@Model
	static class TrailingSpaceColumn {

		@Id
		Long id;

		@Column(name = "title ")
		String title;
	}

	@Model
	static class LeadingSpaceColumn {

		@Id
		Long id;

		@Column(name = " title")
		String title;
	}

	@Model
	static class UnpairedSurrogateColumn {

		@Id
		Long id;

		@Column(name = "half \uD83D")
		String title;
	}

	@Model(table = "ab")
	static class Ab {

		@Id
		Long id;

		@ForeignKey(relatedName = "abs", column = "c_d")
		Ref<Anchor> anchor = Ref.none();
	}

	/** Its index and foreign-key names, joined with {@code _}, read like those of {@link Ab}. */
	@Model(table = "ab_c")
	static class AbC {

		@Id
		Long id;

		@ForeignKey(relatedName = "abcs", column = "d")
		Ref<Anchor> anchor = Ref.none();
	}

	@Model
	static class Anchor {

		@Id
		Long id;

		String name;
	}
}
