package io.covet.relations.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Tree;
import io.covet.relations.annotation.Tree.TreeStrategy;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.relation.Ref;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A materialized-path tree keyed by text. Before, a key containing the path's separator was written as it was:
 * root {@code "ops/eu"} got the path of the child {@code eu} of {@code ops}, so {@code descendants(ops)} listed it and
 * moving {@code ops} rewrote its path too. And a move measured the old prefix in UTF-16 units while {@code SUBSTR}
 * counts characters, so below a key with a character above U+FFFF every path lost a character.
 */
@Models({ MaterializedPathTextKeyTests.Dept.class })
class MaterializedPathTextKeyTests {

	@Model(table = "mptk_dept")
	@Tree(TreeStrategy.MATERIALIZED_PATH)
	static class Dept {
		@Id
		String code;
		@ForeignKey(relatedName = "children", nullable = true, onDelete = OnDelete.CASCADE)
		Ref<Dept> parent = Ref.none();
		@Column(length = 1000)
		String path;
		int depth;
	}

	@DatabaseTest
	void aKeyThePathCannotHoldIsRefusedBeforeItIsWritten(TestDatabase db) {
		TreeManager<Dept> tree = db.relations().tree(Dept.class);
		Dept ops = tree.insert(dept("ops"), null);
		assertThatThrownBy(() -> tree.insert(dept("ops/eu"), null)).isInstanceOf(InvalidValueException.class)
			.hasMessageContaining("'ops/eu'")
			.hasMessageContaining("may not be empty or contain it");
		assertThatThrownBy(() -> tree.insert(dept(""), ops)).isInstanceOf(InvalidValueException.class);
		assertThat(db.rows("mptk_dept")).isEqualTo(1);
		assertThat(tree.descendants(ops)).isEmpty();

		// Saved behind the tree's back, such a key is refused by a rebuild and reported by verify.
		db.relations().repository(Dept.class).save(dept("ops/eu"));
		assertThatThrownBy(tree::rebuild).isInstanceOf(InvalidValueException.class);
		assertThat(tree.verify()).anySatisfy(problem -> assertThat(problem).contains("ops/eu has a key the path cannot hold"));
		assertThat(db.relations().objects(Dept.class).get("pk", "ops").path).isEqualTo("/ops/");
	}

	@DatabaseTest
	void aMoveKeepsThePathsBelowAKeyOutsideTheBasicPlane(TestDatabase db) {
		TreeManager<Dept> tree = db.relations().tree(Dept.class);
		Dept box = tree.insert(dept("📦"), null);
		Dept c1 = tree.insert(dept("c1"), box);
		tree.insert(dept("é"), c1);
		tree.move(box, tree.insert(dept("root"), null));
		assertThat(db.relations().objects(Dept.class).get("pk", "c1").path).isEqualTo("/root/📦/c1/");
		assertThat(db.relations().objects(Dept.class).get("pk", "é").path).isEqualTo("/root/📦/c1/é/");
		assertThat(tree.verify()).isEmpty();
		Dept moved = db.relations().objects(Dept.class).get("pk", "📦");
		assertThat(tree.descendants(moved)).extracting(d -> d.code).containsExactly("c1", "é");
	}

	private static Dept dept(String code) {
		Dept dept = new Dept();
		dept.code = code;
		return dept;
	}
}
