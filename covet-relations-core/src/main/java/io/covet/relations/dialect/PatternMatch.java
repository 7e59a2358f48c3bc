package io.covet.relations.dialect;

/**
 * A pattern lookup rendered for one dialect: SQL around the column with one bind parameter, and the bound value.
 *
 * @param sqlBeforeColumn text before the column expression
 * @param sqlAfterColumn text after the column expression, containing exactly one {@code ?}
 * @param value the value to bind, already escaped for the operator
 */
public record PatternMatch(String sqlBeforeColumn, String sqlAfterColumn, String value) {
}
