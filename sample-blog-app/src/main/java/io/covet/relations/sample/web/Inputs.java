package io.covet.relations.sample.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import io.covet.relations.CovetRelations;
import io.covet.relations.metadata.FieldMeta;

/**
 * Checks request values before they reach the database, so that every database answers alike: text fits its
 * column (the length the model declares, as the migrations do), holds no NUL character (PostgreSQL cannot store or
 * compare one), and pages are within bounds.
 */
@Component
public class Inputs {

	/** The text length of a column without a declared one, as the schema makes it. */
	private static final int DEFAULT_TEXT_LENGTH = 255;

	private static final int MAX_PAGE_SIZE = 100;

	private final CovetRelations relations;

	public Inputs(CovetRelations relations) {
		this.relations = relations;
	}

	/** A value for {@code model.field}, which must be there and not blank. */
	public String required(Class<?> model, String field, String value) {
		if (value == null || value.isBlank()) {
			throw new InvalidInput(field + " is required");
		}
		return optional(model, field, value);
	}

	/** A value for {@code model.field}, or {@code null}. */
	public String optional(Class<?> model, String field, String value) {
		if (value == null) {
			return null;
		}
		FieldMeta column = this.relations.meta(model).field(field);
		int limit = column.length() > 0 ? column.length() : DEFAULT_TEXT_LENGTH;
		if (value.codePointCount(0, value.length()) > limit) {
			throw new InvalidInput(field + " is longer than " + limit + " characters");
		}
		return text(field, value);
	}

	/** A search or filter term (which no column bounds), or {@code null}. */
	public String text(String name, String value) {
		if (value != null && value.indexOf('\0') >= 0) {
			throw new InvalidInput(name + " must not contain NUL characters");
		}
		return value;
	}

	/** A page request: {@code page} from 0, {@code size} from 1 to 100. */
	public PageRequest page(int page, int size) {
		if (page < 0) {
			throw new InvalidInput("page must be 0 or more");
		}
		if (size < 1 || size > MAX_PAGE_SIZE) {
			throw new InvalidInput("size must be between 1 and " + MAX_PAGE_SIZE);
		}
		return PageRequest.of(page, size);
	}
}
