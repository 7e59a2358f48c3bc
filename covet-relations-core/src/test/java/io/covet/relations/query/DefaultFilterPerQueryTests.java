package io.covet.relations.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.covet.relations.CovetRelations;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * A default filter is evaluated for every query, as Django's {@code get_queryset()} is. Before, the first call's
 * {@code Q} was kept for the life of the JVM: a per-tenant filter showed the first tenant's rows to every later
 * request, and a misspelt lookup in it failed every query of the model instead of startup.
 */
@Models({ DefaultFilterPerQueryTests.Row.class, DefaultFilterPerQueryTests.Scoped.class })
class DefaultFilterPerQueryTests {

	@Model(table = "dfq_row")
	static class Row {
		@Id
		Long id;
		String tenant;
	}

	/** The rows of the current tenant; no tenant is bound while the registry is built. */
	@Proxy
	static class Scoped extends Row {
		static volatile String current;

		static Q defaultFilter() {
			String tenant = current;
			if (tenant == null) {
				throw new IllegalStateException("no tenant bound to this thread");
			}
			return Q.of("tenant", tenant);
		}
	}

	@Proxy
	static class Misspelt extends Row {
		static Q defaultFilter() {
			return Q.of("tennant", "a");
		}
	}

	@Proxy
	static class NotStatic extends Row {
		Q defaultFilter() {
			return Q.of("tenant", "a");
		}
	}

	@AfterEach
	void unbind() {
		Scoped.current = null;
	}

	@DatabaseTest
	void theDefaultFilterIsEvaluatedForEveryQuery(TestDatabase db) {
		for (String tenant : new String[] { "a", "b", "b" }) {
			Row row = new Row();
			row.tenant = tenant;
			db.relations().repository(Row.class).save(row);
		}
		Scoped.current = "a";
		assertThat(db.relations().objects(Scoped.class).count()).isEqualTo(1);
		Scoped.current = "b";
		assertThat(db.relations().objects(Scoped.class).count()).isEqualTo(2);
		assertThat(db.relations().repository(Scoped.class).count()).isEqualTo(2);
		Scoped.current = null;
		assertThatThrownBy(() -> db.relations().objects(Scoped.class).count()).isInstanceOf(IllegalStateException.class)
			.hasMessage("no tenant bound to this thread");
	}

	@DatabaseTest
	void aMisspeltLookupFailsWhenTheRegistryIsBuilt(TestDatabase db) {
		assertThatThrownBy(() -> CovetRelations.builder(db.dataSource()).models(Row.class, Misspelt.class).build())
			.isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining(Misspelt.class.getName() + ".defaultFilter")
			.hasMessageContaining("tennant");
	}

	@Test
	void aDefaultFilterThatIsNotStaticIsRefusedWhenTheModelIsRead() {
		assertThatThrownBy(() -> ModelRegistry.of(Row.class, NotStatic.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("must be a static method returning Q");
	}
}
