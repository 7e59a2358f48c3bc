package io.covet.relations.sample;

import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The blog with the 'mariadb' profile. */
@ActiveProfiles("mariadb")
class MariaDbBlogEndpointsTests extends BlogEndpointsTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> SampleDatabases.mariaDb("sample_blog_test"));
		registry.add("spring.datasource.username", () -> SampleDatabases.user("COVET_TEST_MARIADB", "root"));
		registry.add("spring.datasource.password", () -> SampleDatabases.password("COVET_TEST_MARIADB"));
	}
}
