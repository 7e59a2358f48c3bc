package io.covet.relations.sample;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The blog with the 'postgresql' profile. */
@ActiveProfiles("postgresql")
class PostgresBlogEndpointsTests extends BlogEndpointsTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> SampleDatabases.postgres("sample_blog_test"));
		registry.add("spring.datasource.username", () -> SampleDatabases.user("COVET_TEST_POSTGRES", "postgres"));
		registry.add("spring.datasource.password", () -> SampleDatabases.password("COVET_TEST_POSTGRES"));
	}
}
