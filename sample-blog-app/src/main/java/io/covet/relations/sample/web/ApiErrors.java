package io.covet.relations.sample.web;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.covet.relations.exception.DoesNotExist;
import io.covet.relations.exception.InvalidQueryException;

/**
 * Every endpoint's errors as RFC 9457 problem details ({@code application/problem+json}), never a stack trace: a
 * missing object is 404, bad input (the blog's checks, a query the library refuses, Spring MVC's own: a missing
 * parameter, a body that is no JSON) 400, and a row the database refuses for a constraint 409.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {

	@ExceptionHandler(DoesNotExist.class)
	ProblemDetail notFound(DoesNotExist ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, ex.getMessage());
	}

	@ExceptionHandler({ InvalidInput.class, InvalidQueryException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, ex.getMessage());
	}

	/** The database's message may show values and SQL: the answer says only what kind of conflict it was. */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail conflict(DataIntegrityViolationException ex) {
		return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"The change conflicts with data already stored (a unique value taken, a reference missing)");
	}
}
