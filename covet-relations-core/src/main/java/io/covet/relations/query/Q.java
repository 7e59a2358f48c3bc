package io.covet.relations.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A filter condition that can be combined: {@code Q.of("name__startswith", "A").or(Q.of("name", "Bob"))}. Lookups
 * combined with AND inside one {@code filter} call that cross the same multi-valued relation refer to the same
 * related row, as in Django, however the AND is built ({@link #and}, {@link #allOf}, nested) and also inside an OR
 * combined with them: {@code Q.of("books__title", "S").and(Q.of("books__pages", 1).or(Q.of("books__pages", 2)))} is
 * one book titled S with 1 or 2 pages. A negation inside such an OR is its own condition on the model's rows, as
 * Django's exclude.
 */
public final class Q {

	enum Kind {
		LEAF, AND, OR, NOT
	}

	private final Kind kind;

	private final String lookup;

	private final Object value;

	private final List<Q> children;

	/** Whether the condition has no leaf at all, decided once: the tree cannot change. */
	private final boolean empty;

	private Q(Kind kind, String lookup, Object value, List<Q> children) {
		this.kind = kind;
		this.lookup = lookup;
		this.value = value;
		this.children = children;
		this.empty = kind != Kind.LEAF && children.stream().allMatch(child -> child.empty);
	}

	/** One lookup such as {@code "author__name__startswith"} with its value. */
	public static Q of(String lookup, Object value) {
		Objects.requireNonNull(lookup, "lookup");
		return new Q(Kind.LEAF, lookup, value, List.of());
	}

	/** All lookups of a map, combined with AND. */
	public static Q of(Map<String, ?> lookups) {
		List<Q> leaves = new ArrayList<>(lookups.size());
		lookups.forEach((key, value) -> leaves.add(of(key, value)));
		return allOf(leaves);
	}

	/** Every condition of the list, combined with AND. */
	public static Q allOf(List<Q> conditions) {
		return conditions.size() == 1 ? conditions.get(0) : new Q(Kind.AND, null, null, List.copyOf(conditions));
	}

	/** Any condition of the list, combined with OR. */
	public static Q anyOf(List<Q> conditions) {
		return conditions.size() == 1 ? conditions.get(0) : new Q(Kind.OR, null, null, List.copyOf(conditions));
	}

	/** This condition AND {@code other}. */
	public Q and(Q other) {
		return combine(Kind.AND, other);
	}

	/** This condition OR {@code other}. */
	public Q or(Q other) {
		return combine(Kind.OR, other);
	}

	/** The negation: rows for which this condition is not true (also rows where it is NULL, as in Django). */
	public Q negate() {
		return new Q(Kind.NOT, null, null, List.of(this));
	}

	private Q combine(Kind combined, Q other) {
		List<Q> parts = new ArrayList<>();
		for (Q q : List.of(this, other)) {
			if (q.kind == combined) {
				parts.addAll(q.children);
			}
			else {
				parts.add(q);
			}
		}
		return new Q(combined, null, null, Collections.unmodifiableList(parts));
	}

	Kind kind() {
		return this.kind;
	}

	String lookup() {
		return this.lookup;
	}

	Object value() {
		return this.value;
	}

	List<Q> children() {
		return this.children;
	}

	/**
	 * Whether the condition has no leaf at all: an empty AND or OR, its negation, or a combination of such (Django's
	 * empty {@code Q()}, which is no condition).
	 */
	boolean isEmpty() {
		return this.empty;
	}

	@Override
	public String toString() {
		return switch (this.kind) {
			case LEAF -> this.lookup + "=" + this.value;
			case NOT -> "NOT(" + this.children.get(0) + ")";
			default -> this.kind.name() + this.children;
		};
	}
}
