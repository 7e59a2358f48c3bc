package io.covet.relations.sample;

import java.nio.file.Path;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The blog on embedded SQLite, its default. */
class SqliteBlogEndpointsTests extends BlogEndpointsTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		registry.add("covet.sample.sqlite-file",
				() -> Path.of("target", "sample-blog-test-" + System.nanoTime() + ".db").toString());
	}
}
