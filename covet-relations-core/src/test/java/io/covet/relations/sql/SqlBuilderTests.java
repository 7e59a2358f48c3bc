package io.covet.relations.sql;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.covet.relations.dialect.SqliteDialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SqlBuilderTests {

	@Test
	void parametersReadAsOneRecordPerPlaceholderInOrder() {
		SqlBuilder builder = new SqlBuilder(new SqliteDialect()).sql("SELECT 1 WHERE ")
			.column("t0", "id")
			.sql(" = ")
			.param(7L, Long.class)
			.sql(" AND ")
			.column("t0", "name")
			.sql(" = ")
			.param("x", String.class);
		SqlStatement statement = builder.build(Operation.SELECT, "Book");

		assertThat(statement.sql()).isEqualTo("SELECT 1 WHERE t0.\"id\" = ? AND t0.\"name\" = ?");
		assertThat(statement.parameters()).containsExactly(SqlParameter.of(7L, Long.class), SqlParameter.of("x", String.class));
		SqlParameters bound = statement.boundParameters();
		assertThat(bound.value(1)).isEqualTo("x");
		assertThat(bound.type(0)).isEqualTo(Long.class);
		assertThat(bound.isArray(0)).isFalse();
		assertThatThrownBy(() -> bound.value(2)).isInstanceOf(IndexOutOfBoundsException.class);
	}

	@Test
	void aBuiltStatementKeepsItsParametersWhileTheBuilderGoesOn() {
		SqlBuilder builder = new SqlBuilder(new SqliteDialect()).sql("?").param(1L, Long.class);
		SqlStatement first = builder.build(Operation.SELECT, "Book");
		for (long i = 2; i <= 100; i++) {
			builder.sql(", ").param(i, Long.class);
		}
		SqlStatement all = builder.build(Operation.SELECT, "Book");

		assertThat(first.parameters()).containsExactly(SqlParameter.of(1L, Long.class));
		assertThat(all.parameters()).hasSize(100);
		assertThat(all.boundParameters().value(99)).isEqualTo(100L);
		assertThatThrownBy(() -> first.parameters().add(SqlParameter.of(3L, Long.class)))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void arraysAppendedBuildersAndPlainListsKeepTheirParameters() {
		SqlBuilder where = new SqlBuilder(new SqliteDialect()).sql(" WHERE x = ").param("a", String.class);
		SqlBuilder select = new SqlBuilder(new SqliteDialect()).sql("SELECT ")
			.arrayParam(new Object[] { 1L, 2L }, Long.class)
			.append(where)
			.reserve(3, 16);
		SqlParameters bound = select.build(Operation.SELECT, "Book").boundParameters();
		assertThat(bound.isArray(0)).isTrue();
		assertThat((Object[]) bound.value(0)).containsExactly(1L, 2L);
		assertThat(bound.get(1)).isEqualTo(SqlParameter.of("a", String.class));

		List<SqlParameter> plain = new ArrayList<>(List.of(SqlParameter.of(5, Integer.class)));
		SqlStatement statement = new SqlStatement("SELECT ?", plain, Operation.SELECT, "Book");
		plain.clear();
		assertThat(statement.parameters()).containsExactly(SqlParameter.of(5, Integer.class));
		assertThat(SqlParameters.copyOf(statement.parameters())).isSameAs(statement.boundParameters());
		assertThat(new SqlStatement("SELECT 1", List.of(), Operation.SELECT, "Book").parameters()).isEmpty();
	}
}
