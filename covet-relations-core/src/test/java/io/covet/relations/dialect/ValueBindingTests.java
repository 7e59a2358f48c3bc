package io.covet.relations.dialect;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;
import io.covet.relations.repository.CovetRepository;
import io.covet.relations.testing.DatabaseTest;
import io.covet.relations.testing.Models;
import io.covet.relations.testing.TestDatabase;

/**
 * Every value type the dialects bind through a typed setter ({@code setLong}, {@code setShort}, {@code setFloat}...)
 * survives a write and a read, and compares equal in a filter and a key list, on every database.
 */
@Models(ValueBindingTests.Measurement.class)
class ValueBindingTests {

	@Model(table = "vb_measurement")
	static class Measurement {

		@Id
		Long id;

		String label;

		Short grade;

		Integer count;

		Long total;

		Double ratio;

		Float weight;

		BigDecimal price;

		Boolean active;

		Measurement() {
		}

		Measurement(String label, short grade, int count, long total, double ratio, float weight, String price,
				boolean active) {
			this.label = label;
			this.grade = grade;
			this.count = count;
			this.total = total;
			this.ratio = ratio;
			this.weight = weight;
			this.price = new BigDecimal(price);
			this.active = active;
		}
	}

	@DatabaseTest
	void typedValuesRoundTripAndCompareInFiltersAndKeyLists(TestDatabase db) {
		CovetRepository<Measurement, Long> measurements = db.repo(Measurement.class);
		measurements.bulkCreate(List.of(new Measurement("low", (short) -3, 7, 9_000_000_000L, 0.25, 1.5f, "12.3400", true),
				new Measurement("high", Short.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, -1e-3, 2.25f, "-0.0001", false)));
		measurements.save(new Measurement("saved", (short) 0, 0, 0L, 0.0, 0.0f, "0", false));

		Measurement high = measurements.objects().get("label", "high");
		assertThat(high.grade).isEqualTo(Short.MAX_VALUE);
		assertThat(high.count).isEqualTo(Integer.MIN_VALUE);
		assertThat(high.total).isEqualTo(Long.MAX_VALUE);
		assertThat(high.ratio).isEqualTo(-1e-3);
		assertThat(high.weight).isEqualTo(2.25f);
		assertThat(high.price).isEqualByComparingTo("-0.0001");
		assertThat(high.active).isFalse();

		assertThat(measurements.filter("grade", (short) -3).list()).extracting(m -> m.label).containsExactly("low");
		assertThat(measurements.filter("total", 9_000_000_000L).count()).isEqualTo(1);
		assertThat(measurements.filter("ratio__lt", 0.0).list()).extracting(m -> m.label).containsExactly("high");
		assertThat(measurements.filter("weight", 1.5f).count()).isEqualTo(1);
		assertThat(measurements.filter("price__gt", new BigDecimal("12")).list()).extracting(m -> m.label)
			.containsExactly("low");
		assertThat(measurements.filter("count__in", List.of(7, 0)).orderBy("label").list()).extracting(m -> m.label)
			.containsExactly("low", "saved");
		assertThat(measurements.filter("grade__in", List.of((short) 0, Short.MAX_VALUE)).count()).isEqualTo(2);
		// On PostgreSQL these are one typed array parameter each (binary-encoded), with an int among the longs.
		assertThat(measurements.filter("total__in", List.of(0, 9_000_000_000L, Long.MAX_VALUE)).orderBy("label").list())
			.extracting(m -> m.label)
			.containsExactly("high", "low", "saved");
		assertThat(measurements.filter("label__in", List.of("low", "none")).count()).isEqualTo(1);
	}

	/**
	 * Floats that a decimal string of six digits does not hold. Before (found by a probing helper), MariaDB's FLOAT
	 * column came back through the text protocol with six significant digits (16777216 read as 16777200), and an
	 * equality filter on 0.1f matched nothing; a Float is now a DOUBLE column there, as Django's FloatField is.
	 */
	@DatabaseTest
	void floatsRoundTripAndMatchExactly(TestDatabase db) {
		CovetRepository<Measurement, Long> measurements = db.repo(Measurement.class);
		float[] weights = { 16_777_216f, 0.1f, 1.1f, 3.3f, 1e30f, -123.456f };
		for (int i = 0; i < weights.length; i++) {
			measurements.save(new Measurement("w" + i, (short) 0, i, 0L, 0.0, weights[i], "0", true));
		}
		for (int i = 0; i < weights.length; i++) {
			assertThat(measurements.objects().get("label", "w" + i).weight).as("weight %s", weights[i]).isEqualTo(weights[i]);
			assertThat(measurements.filter("weight", weights[i]).count()).as("filter %s", weights[i]).isEqualTo(1);
		}
		assertThat(measurements.filter("weight__in", List.of(0.1f, 3.3f)).count()).isEqualTo(2);
	}

	@Test
	void postgresArrayParametersAreTypedSoTheDriverEncodesThemInBinary() {
		PostgresDialect dialect = new PostgresDialect();
		assertThat(dialect.arrayElements(Long.class, new Object[] { 1, 2L, null })).isExactlyInstanceOf(Long[].class)
			.containsExactly(1L, 2L, null);
		assertThat(dialect.arrayElements(Integer.class, new Object[] { (short) 3, 4 })).isExactlyInstanceOf(Integer[].class)
			.containsExactly(3, 4);
		Object[] texts = { "a", "b" };
		assertThat(dialect.arrayElements(String.class, texts)).isSameAs(texts);
		Long big = 1_000_000L; // outside Long's cache: kept as the same object, not boxed again
		assertThat(dialect.arrayElements(Long.class, new Object[] { big })[0]).isSameAs(big);
	}
}
