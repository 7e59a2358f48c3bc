package io.covet.relations.tree;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.covet.relations.exception.TreeCycleError;
import io.covet.relations.testing.Seeds.Steps;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.tree.TreeModels.Node;

/**
 * One seeded sequence of inserts, moves and deletes on one strategy, checked against a {@link ParentMap} after every
 * step: the strategy's verifier finds nothing, the parent keys in the table equal the model, and ancestors,
 * descendants and depth of a few nodes equal what the model says. Moves under the node itself or one of its
 * descendants must fail with {@link TreeCycleError} and leave every row as it was.
 */
final class TreeSequence<T extends Node> {

	private static final int PROBES = 2;

	private final TestDatabase db;

	private final Strategy<T> strategy;

	private final Random random;

	private final Steps steps;

	private final ParentMap model = new ParentMap();

	private final String table;

	private int created;

	private int refusedMoves;

	TreeSequence(TestDatabase db, Strategy<T> strategy, Random random, Steps steps) {
		this.db = db;
		this.strategy = strategy;
		this.random = random;
		this.steps = steps;
		this.table = db.relations().meta(strategy.type()).table();
	}

	/** Runs the steps; returns how many moves were refused as cycles. */
	int run(int stepCount) {
		for (int i = 0; i < stepCount; i++) {
			int operation = this.model.asMap().size() < 3 ? 0 : this.random.nextInt(10);
			if (operation < 4) {
				insert();
			}
			else if (operation < 8) {
				move();
			}
			else {
				delete();
			}
			assertThat(this.strategy.tree().verify()).as("%s verifier", this.strategy.name()).isEmpty();
			assertThat(parentsInTheTable()).as("%s parent keys", this.strategy.name()).isEqualTo(this.model.asMap());
			for (int probe = 0; probe < PROBES && !this.model.asMap().isEmpty(); probe++) {
				probe(pick());
			}
		}
		return this.refusedMoves;
	}

	private void insert() {
		String name = "s" + this.created++;
		String parent = (this.model.asMap().isEmpty() || this.random.nextInt(5) == 0) ? null : pick();
		this.steps.step(this.strategy.name() + " insert " + name + " under " + parent);
		this.strategy.tree().insert(this.strategy.node(name), parent == null ? null : reload(parent));
		this.model.put(name, parent);
	}

	private void move() {
		String moving = pick();
		String target = this.random.nextInt(6) == 0 ? null : pick();
		this.steps.step(this.strategy.name() + " move " + moving + " under " + target);
		if (target != null && this.model.within(target, moving)) {
			List<Map<String, Object>> before = rows();
			assertThatThrownBy(() -> this.strategy.tree().move(reload(moving), reload(target)))
				.isInstanceOf(TreeCycleError.class);
			assertThat(rows()).as("%s rows after a refused move", this.strategy.name()).isEqualTo(before);
			this.refusedMoves++;
			return;
		}
		this.strategy.tree().move(reload(moving), target == null ? null : reload(target));
		this.model.put(moving, target);
	}

	private void delete() {
		String doomed = pick();
		this.steps.step(this.strategy.name() + " delete " + doomed);
		long deleted = this.strategy.tree().delete(reload(doomed)).total();
		assertThat(deleted).as("%s rows deleted with %s", this.strategy.name(), doomed)
			.isEqualTo(this.model.removeSubtree(doomed));
	}

	private void probe(String name) {
		T node = reload(name);
		TreeManager<T> tree = this.strategy.tree();
		assertThat(tree.ancestors(node, false)).extracting(Node::name).as("%s ancestors of %s", this.strategy.name(), name)
			.containsExactlyElementsOf(this.model.ancestors(name));
		assertThat(tree.descendants(node).stream().map(Node::name).sorted().toList())
			.as("%s descendants of %s", this.strategy.name(), name)
			.isEqualTo(this.model.descendants(name));
		assertThat(tree.depth(node)).as("%s depth of %s", this.strategy.name(), name)
			.isEqualTo(this.model.ancestors(name).size());
	}

	private String pick() {
		List<String> names = this.model.names();
		return names.get(this.random.nextInt(names.size()));
	}

	private T reload(String name) {
		return this.db.relations().objects(this.strategy.type()).get("name", name);
	}

	private Map<String, String> parentsInTheTable() {
		String t = this.db.dialect().quote(this.table);
		String id = this.db.dialect().quote("id");
		String name = this.db.dialect().quote("name");
		Map<String, String> parents = new HashMap<>();
		this.db.jdbc()
			.query("SELECT c." + name + ", p." + name + " FROM " + t + " c LEFT JOIN " + t + " p ON p." + id + " = c."
					+ this.db.dialect().quote("parent_id"), rs -> {
						parents.put(rs.getString(1), rs.getString(2));
					});
		return parents;
	}

	private List<Map<String, Object>> rows() {
		return this.db.jdbc()
			.queryForList("SELECT * FROM " + this.db.dialect().quote(this.table) + " ORDER BY "
					+ this.db.dialect().quote("id"));
	}
}
