package io.covet.relations.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The sample blog: {@code mvn -pl sample-blog-app spring-boot:run}, then open http://localhost:8080/posts. */
@SpringBootApplication
public class SampleBlogApplication {

	public static void main(String[] args) {
		SpringApplication.run(SampleBlogApplication.class, args);
	}
}
