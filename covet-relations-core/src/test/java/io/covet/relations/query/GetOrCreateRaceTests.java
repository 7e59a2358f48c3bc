package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.relation.GetOrCreateResult;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.Races;
import io.covet.relations.testing.TestDatabase;

/**
 * {@code getOrCreate} on a unique field, called by several threads at once, gives every caller the one row, as
 * Django's does. Before (found by a probing helper), the callers that lost the race got a DuplicateKeyException on
 * PostgreSQL and MariaDB.
 */
@Models(GetOrCreateRaceTests.Badge.class)
class GetOrCreateRaceTests {

	@Model(table = "gcr_badge")
	static class Badge {
		@Id
		Long id;
		@Column(unique = true)
		String code;
		String label;
	}

	@DatabaseTest
	void concurrentCallersAllGetTheOneRow(TestDatabase db) throws Exception {
		for (int round = 0; round < 10; round++) {
			String code = "c" + round;
			Set<Long> ids = ConcurrentHashMap.newKeySet();
			List<Boolean> created = Collections.synchronizedList(new ArrayList<>());
			assertThat(Races.atOnce(4, thread -> {
				GetOrCreateResult<Badge> result = db.relations().objects(Badge.class)
					.getOrCreate(Map.of("code", code), Map.of("label", "badge"));
				ids.add(result.object().id);
				created.add(result.created());
			})).as("round %d", round).isEmpty();
			assertThat(ids).as("round %d", round).hasSize(1);
			assertThat(created).as("round %d", round).containsOnlyOnce(true);
		}
		assertThat(db.rows("gcr_badge")).isEqualTo(10);
	}

	/**
	 * A violation the looked-up row does not explain (the lookups name another field) is thrown, and the caller's
	 * transaction goes on: on PostgreSQL only because the create ran in a savepoint.
	 */
	@DatabaseTest
	void aViolationWithoutTheLookedUpRowIsThrownAndLeavesTheCallersTransactionUsable(TestDatabase db) {
		db.relations().objects(Badge.class).create(Map.of("code", "taken", "label", "first"));
		TransactionTemplate outer = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
		outer.executeWithoutResult(status -> {
			assertThatThrownBy(() -> db.relations().objects(Badge.class).getOrCreate(Map.of("label", "second"),
					Map.of("code", "taken"))).isInstanceOf(DataIntegrityViolationException.class);
			db.relations().objects(Badge.class).create(Map.of("code", "after", "label", "kept"));
		});
		assertThat(db.relations().objects(Badge.class).get("code", "after").label).isEqualTo("kept");
		assertThat(db.rows("gcr_badge")).isEqualTo(2);
	}

	/** A transaction manager without savepoints (JTA, say) still creates: the create joins the caller's transaction. */
	@DatabaseTest
	void withoutSavepointsTheCreateJoinsTheCallersTransaction(TestDatabase db) {
		DataSourceTransactionManager noSavepoints = new DataSourceTransactionManager(db.dataSource());
		noSavepoints.setNestedTransactionAllowed(false);
		CovetRelations relations = db.build(builder -> builder.transactionManager(noSavepoints));
		new TransactionTemplate(noSavepoints).executeWithoutResult(status -> assertThat(relations.objects(Badge.class)
			.getOrCreate(Map.of("code", "plain"), Map.of("label", "made"))
			.created()).isTrue());
		assertThat(db.relations().objects(Badge.class).get("code", "plain").label).isEqualTo("made");
	}
}
