package io.covet.relations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A text key longer than the default 255 characters can be referenced. Before (found by a probing helper), foreign-key
 * and link-table columns were VARCHAR(255) whatever the referenced key's length, so PostgreSQL and MariaDB refused to
 * store a longer key there.
 */
@Models({ LongTextKeyTests.Code.class, LongTextKeyTests.Use.class })
class LongTextKeyTests {

	@Model(table = "ltk_code")
	static class Code {
		@Id
		@Column(length = 300)
		String code;
	}

	@Model(table = "ltk_use")
	static class Use {
		@Id
		Long id;
		@ForeignKey(relatedName = "uses")
		Ref<Code> code = Ref.none();
		@ManyToMany(relatedName = "listedIn")
		ManyRelatedManager<Code> codes = ManyRelatedManager.unbound();
	}

	@DatabaseTest
	void foreignKeyAndLinkColumnsHoldTheWholeKey(TestDatabase db) {
		Code code = new Code();
		code.code = "x".repeat(280);
		db.relations().repository(Code.class).save(code);
		Use use = new Use();
		use.code = Ref.to(code);
		db.relations().repository(Use.class).save(use);
		use.codes.add(code);

		assertThat(db.relations().objects(Use.class).filter("code__code", code.code).count()).isEqualTo(1);
		assertThat(use.codes.count()).isEqualTo(1);
	}
}
