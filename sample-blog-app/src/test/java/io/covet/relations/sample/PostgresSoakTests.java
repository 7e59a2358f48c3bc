package io.covet.relations.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.HikariPoolMXBean;

/**
 * The blog on PostgreSQL under a bounded loop of mixed REST requests ({@link BlogLoad}) from one HTTP client over
 * loopback: 30 seconds by default, longer with {@code COVET_SOAK_SECONDS} or {@code -Dcovet.soak.seconds}. At the end:
 * no request failed, every pooled connection is back in the pool, and the heap after a full GC is not growing between
 * a measurement after the warm-up (a fifth of the run) and one at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("postgresql")
class PostgresSoakTests {

	/** Generous, so that the JIT, caches and GC timing do not flake it; a real leak grows with the run. */
	private static final long HEAP_TOLERANCE = 64L * 1024 * 1024;

	@Value("${local.server.port}")
	private int port;

	@Autowired
	private DataSource dataSource;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> SampleDatabases.postgres("sample_blog_soak"));
		registry.add("spring.datasource.username", () -> SampleDatabases.user("COVET_TEST_POSTGRES", "postgres"));
		registry.add("spring.datasource.password", () -> SampleDatabases.password("COVET_TEST_POSTGRES"));
	}

	@Test
	void aMixedLoadLeavesNoErrorsNoBusyConnectionsAndNoHeapGrowth() throws Exception {
		Duration duration = duration();
		BlogLoad load = new BlogLoad(this.port, 42);
		long start = System.nanoTime();
		long warmedUp = start + duration.toNanos() / 5;
		long end = start + duration.toNanos();
		long early = -1;
		while (System.nanoTime() < end) {
			load.next();
			if (early < 0 && System.nanoTime() > warmedUp) {
				early = usedHeapAfterGc();
			}
		}
		long late = usedHeapAfterGc();
		HikariPoolMXBean pool = this.dataSource.unwrap(HikariDataSource.class).getHikariPoolMXBean();
		System.out.printf("soak: %d requests in %d s, heap after GC %d MB early, %d MB late%n", load.requests(),
				duration.toSeconds(), early >> 20, late >> 20);

		assertThat(load.errors()).as("failed requests of %d", load.requests()).isEmpty();
		assertThat(load.requests()).isGreaterThan(100);
		assertThat(pool.getActiveConnections()).as("connections still borrowed").isZero();
		assertThat(late - early).as("heap growth after GC, early %d, late %d bytes, %d requests", early, late,
				load.requests())
			.isLessThan(HEAP_TOLERANCE);
	}

	private static Duration duration() {
		String seconds = System.getProperty("covet.soak.seconds", System.getenv().getOrDefault("COVET_SOAK_SECONDS", "30"));
		return Duration.ofSeconds(Long.parseLong(seconds.trim()));
	}

	/** Heap in use after full collections, the smallest of a few so that a collection still in flight does not count. */
	private static long usedHeapAfterGc() throws InterruptedException {
		long smallest = Long.MAX_VALUE;
		for (int i = 0; i < 3; i++) {
			System.gc();
			Thread.sleep(100);
			smallest = Math.min(smallest, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
		}
		return smallest;
	}
}
