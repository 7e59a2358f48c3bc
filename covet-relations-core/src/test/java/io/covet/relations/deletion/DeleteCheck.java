package io.covet.relations.deletion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;

import io.covet.relations.exception.ProtectedError;
import io.covet.relations.exception.RestrictedError;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.query.DeleteResult;
import io.covet.relations.testing.TestDatabase;

/**
 * One delete checked the same way wherever it appears: {@code explain} first (it must change nothing and plan
 * exactly what follows), then the delete, then every row of every table. Each check returns the statements the
 * delete ran, so callers can pin them.
 */
final class DeleteCheck {

	private final TestDatabase db;

	private final DeletionCollector collector;

	private final ModelMeta<?> model;

	private final List<Object> keys;

	private final String name;

	private final TableRows before;

	DeleteCheck(TestDatabase db, ModelMeta<?> model, List<?> keys, String name) {
		this.db = db;
		this.collector = new DeletionCollector(db.relations().context());
		this.model = model;
		this.keys = List.copyOf(keys);
		this.name = name;
		this.before = TableRows.read(db);
	}

	/** The rows before the delete, to derive the expected rows from. */
	TableRows before() {
		return this.before;
	}

	/** Planned and done: these deletes per model and updates per relation, leaving exactly {@code expected}. */
	int deletes(Map<String, Long> deletes, Map<String, Long> updates, TableRows expected) {
		DeletionPlan plan = this.collector.explain(this.model, this.keys);
		assertThat(plan.deletes()).as("%s: planned deletes", this.name).isEqualTo(deletes);
		assertThat(plan.updates()).as("%s: planned updates", this.name).isEqualTo(updates);
		assertThat(TableRows.read(this.db)).as("%s: explain changes nothing", this.name).isEqualTo(this.before);
		DeleteResult[] result = new DeleteResult[1];
		int statements = this.db.queries().count(() -> result[0] = this.collector.delete(this.model, this.keys));
		assertThat(result[0].perModel()).as("%s: deleted per model", this.name).isEqualTo(deletes);
		assertThat(result[0].total()).as("%s: total", this.name).isEqualTo(plan.total());
		assertThat(TableRows.read(this.db)).as("%s: every row", this.name).isEqualTo(expected);
		return statements;
	}

	/**
	 * Refused by explain and by delete with {@code type} ({@link ProtectedError} or {@link RestrictedError}) naming
	 * exactly {@code relation} ({@code "Model.field"}) and its rows {@code refs}; every row as before.
	 */
	int refused(Class<? extends DataIntegrityViolationException> type, String relation, List<?> refs) {
		assertRefusal(catchThrowable(() -> this.collector.explain(this.model, this.keys)), type, relation, refs);
		Throwable[] thrown = new Throwable[1];
		int statements = this.db.queries()
			.count(() -> thrown[0] = catchThrowable(() -> this.collector.delete(this.model, this.keys)));
		assertRefusal(thrown[0], type, relation, refs);
		assertThat(TableRows.read(this.db)).as("%s: nothing changed", this.name).isEqualTo(this.before);
		return statements;
	}

	/** Planned as {@code deletes} and {@code updates}, then refused by a constraint of the database, rolled back whole. */
	int refusedByDatabase(Map<String, Long> deletes, Map<String, Long> updates) {
		DeletionPlan plan = this.collector.explain(this.model, this.keys);
		assertThat(plan.deletes()).as("%s: planned deletes", this.name).isEqualTo(deletes);
		assertThat(plan.updates()).as("%s: planned updates", this.name).isEqualTo(updates);
		Throwable[] thrown = new Throwable[1];
		int statements = this.db.queries()
			.count(() -> thrown[0] = catchThrowable(() -> this.collector.delete(this.model, this.keys)));
		assertThat(thrown[0]).as("%s: the database's constraint refuses", this.name)
			.isInstanceOf(DataIntegrityViolationException.class)
			.isNotInstanceOfAny(ProtectedError.class, RestrictedError.class);
		assertThat(TableRows.read(this.db)).as("%s: rolled back whole", this.name).isEqualTo(this.before);
		return statements;
	}

	private void assertRefusal(Throwable thrown, Class<? extends DataIntegrityViolationException> type, String relation,
			List<?> refs) {
		assertThat(thrown).as("%s: refused", this.name).isInstanceOf(type).hasMessageContaining(relation);
		Map<String, List<Object>> refusing = thrown instanceof ProtectedError error ? error.getProtectedKeys()
				: ((RestrictedError) thrown).getRestrictedKeys();
		assertThat(refusing).as("%s: the refusing rows", this.name).containsOnlyKeys(relation);
		assertThat(new ArrayList<>(refusing.get(relation))).as("%s: the refusing rows", this.name)
			.containsExactlyInAnyOrderElementsOf(new ArrayList<Object>(refs));
	}
}
