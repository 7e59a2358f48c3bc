package io.covet.relations.sample.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ProblemDetail;

/**
 * The 409 answer, which the endpoints reach only through a race (a post deleted between its lookup and a comment's
 * insert), so it is checked on the advice itself: the status, and a detail that keeps the database's message (with
 * its values and SQL) to the server.
 */
class ApiErrorsTests {

	@Test
	void aConstraintViolationIsAConflictThatShowsNoneOfTheDatabasesMessage() {
		DataIntegrityViolationException violation = new DataIntegrityViolationException(
				"INSERT INTO \"comment\" ... violates foreign key constraint", new SQLException("post_id=42 is not present"));

		ProblemDetail problem = new ApiErrors().conflict(violation);

		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).contains("conflicts with data already stored")
			.doesNotContain("INSERT")
			.doesNotContain("post_id")
			.doesNotContain("42");
	}
}
