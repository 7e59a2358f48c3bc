package io.covet.relations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/** Which key lists go as one array parameter: PostgreSQL's, for the element types it has; no other dialect's. */
class ArrayKeyTypesTests {

	@Test
	void postgresBindsTheKeyTypesItsArraysCarry() {
		PostgresDialect dialect = new PostgresDialect();
		for (Class<?> type : new Class<?>[] { Long.class, Integer.class, String.class, UUID.class }) {
			assertThat(dialect.bindsKeysAsArray(type)).as(type.getSimpleName()).isTrue();
			assertThat(dialect.readsAnyNumberOfKeys(type)).as(type.getSimpleName()).isTrue();
		}
		for (Class<?> type : new Class<?>[] { BigDecimal.class, LocalDate.class }) {
			assertThat(dialect.bindsKeysAsArray(type)).as(type.getSimpleName()).isFalse();
			assertThat(dialect.readsAnyNumberOfKeys(type)).as(type.getSimpleName()).isFalse();
		}
	}

	@Test
	void dialectsWithoutArraysBindNone() {
		for (Dialect dialect : new Dialect[] { new SqliteDialect(), new MariaDbDialect() }) {
			assertThat(dialect.bindsKeysAsArray(Long.class)).as(dialect.name()).isFalse();
			assertThat(dialect.bindsKeysAsArray(String.class)).as(dialect.name()).isFalse();
		}
	}
}
