package io.covet.relations.dialect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.ModelRegistry;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;
import io.covet.relations.testing.TestTarget;

/**
 * A decimal column's digits are declared ({@code @Column(precision, scale)}, Django's {@code max_digits} and
 * {@code decimal_places}). Before (found by a probing helper), every BigDecimal was NUMERIC(38, 10), so a value with
 * more than ten decimals was rounded by the database and equality on the saved value then failed.
 */
@Models(DecimalColumnTests.Rate.class)
class DecimalColumnTests {

	@Model(table = "dc_rate")
	static class Rate {
		@Id
		Long id;
		@Column(precision = 20, scale = 15)
		BigDecimal fine;
		BigDecimal plain;
	}

	@Model(table = "dc_wrong")
	static class Wrong {
		@Id
		Long id;
		@Column(precision = 10)
		Double notDecimal;
	}

	@Model(table = "dc_wide")
	static class Wide {
		@Id
		Long id;
		@Column(precision = 10, scale = 12)
		BigDecimal scaleAbovePrecision;
	}

	@DatabaseTest
	void declaredDigitsAreKeptAndMatch(TestDatabase db) {
		BigDecimal fine = new BigDecimal("0.123456789012345");
		Rate rate = new Rate();
		rate.fine = fine;
		rate.plain = new BigDecimal("12.5");
		db.relations().repository(Rate.class).save(rate);

		assertThat(db.relations().objects(Rate.class).get().fine).isEqualByComparingTo(fine);
		assertThat(db.relations().objects(Rate.class).filter("fine", fine).count()).isEqualTo(1);
		List<String> ddl = db.relations().schema().createStatements(List.of(db.relations().meta(Rate.class)));
		if (!db.is(TestTarget.SQLITE)) {
			assertThat(String.join(" ", ddl)).contains("(20, 15)").contains("(38, 10)");
		}
	}

	@Test
	void digitsBelongToDecimalColumnsWithinTheDialectsLimits() {
		assertThatThrownBy(() -> ModelRegistry.of(Wrong.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("BigDecimal columns only");
		assertThatThrownBy(() -> ModelRegistry.of(Wide.class)).isInstanceOf(ModelDefinitionException.class)
			.hasMessageContaining("at most the precision");
	}
}
