package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.query.Q;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

@Models({ DefaultFilterStartupTests.Doc.class })
/** A default filter that cannot run before a request (no tenant bound), with a checked exception, must not stop startup. */
class DefaultFilterStartupTests {

	@Model(table = "dfs_doc")
	static class Doc {
		@Id
		Long id;
		String tenant;
	}

	static class NoTenant extends Exception {
		NoTenant() {
			super("no tenant bound");
		}
	}

	static volatile String current;

	@Proxy
	static class Checked extends Doc {
		static Q defaultFilter() throws NoTenant {
			if (current == null) {
				throw new NoTenant();
			}
			return Q.of("tenant", current);
		}
	}

	@DatabaseTest
	void aCheckedFailureOfTheFilterAtStartupIsLeftToTheQueries(TestDatabase db) {
		CovetRelations relations = CovetRelations.builder(db.dataSource()).models(Doc.class, Checked.class).build();
		current = "a";
		try {
			assertThat(relations.objects(Checked.class).count()).isZero();
		}
		finally {
			current = null;
		}
	}
}
