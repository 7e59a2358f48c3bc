package io.covet.relations.autoconfigure.repository;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.repository.query.parser.Part;
import org.springframework.data.repository.query.parser.PartTree;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.query.Q;
import io.covet.relations.query.QuerySet;

/**
 * A repository method derived from its name by Spring Data's {@link PartTree} ({@code findByTitleContaining},
 * {@code countByAgeGreaterThan}, {@code findFirstByNameIgnoreCaseOrderByIdDesc}), executed as a query set.
 * Property paths map to lookups ({@code author.name} → {@code author__name}), so the usual allow-list applies.
 */
final class DerivedQuery {

	private final PartTree tree;

	private final Method method;

	DerivedQuery(Method method, Class<?> domainType) {
		this.method = method;
		this.tree = new PartTree(method.getName(), domainType);
	}

	Object execute(QuerySet<?> objects, Object[] arguments) {
		Iterator<Object> values = List.of(arguments == null ? new Object[0] : arguments).iterator();
		List<Q> alternatives = new ArrayList<>();
		for (PartTree.OrPart orPart : this.tree) {
			List<Q> conditions = new ArrayList<>();
			for (Part part : orPart) {
				conditions.add(condition(part, values));
			}
			alternatives.add(Q.allOf(conditions));
		}
		QuerySet<?> query = alternatives.isEmpty() ? objects : objects.filter(Q.anyOf(alternatives));
		List<String> ordering = new ArrayList<>();
		for (Sort.Order order : this.tree.getSort()) {
			ordering.add((order.isDescending() ? "-" : "") + order.getProperty().replace(".", "__"));
		}
		if (!ordering.isEmpty()) {
			query = query.orderBy(ordering.toArray(String[]::new));
		}
		if (this.tree.isLimiting()) {
			query = query.limit(this.tree.getMaxResults());
		}
		if (this.tree.isCountProjection()) {
			long count = query.count();
			return (this.method.getReturnType() == int.class || this.method.getReturnType() == Integer.class) ? (int) count
					: count;
		}
		if (this.tree.isExistsProjection()) {
			return query.exists();
		}
		if (this.tree.isDelete()) {
			return query.delete().total();
		}
		Class<?> returnType = this.method.getReturnType();
		if (Collection.class.isAssignableFrom(returnType) || Iterable.class == returnType) {
			return query.list();
		}
		if (Stream.class.isAssignableFrom(returnType)) {
			return query.stream();
		}
		List<?> rows = query.limit(2).list();
		if (rows.size() > 1 && !this.tree.isLimiting()) {
			throw new org.springframework.dao.IncorrectResultSizeDataAccessException(1, rows.size());
		}
		Object single = rows.isEmpty() ? null : rows.get(0);
		return (returnType == Optional.class) ? Optional.ofNullable(single) : single;
	}

	private static Q condition(Part part, Iterator<Object> values) {
		String path = part.getProperty().toDotPath().replace(".", "__");
		boolean ignoreCase = part.shouldIgnoreCase() != Part.IgnoreCaseType.NEVER;
		return switch (part.getType()) {
			case SIMPLE_PROPERTY -> Q.of(path + (ignoreCase ? "__iexact" : ""), values.next());
			case NEGATING_SIMPLE_PROPERTY -> Q.of(path, values.next()).negate();
			case CONTAINING -> Q.of(path + (ignoreCase ? "__icontains" : "__contains"), values.next());
			case NOT_CONTAINING -> Q.of(path + (ignoreCase ? "__icontains" : "__contains"), values.next()).negate();
			case STARTING_WITH -> Q.of(path + (ignoreCase ? "__istartswith" : "__startswith"), values.next());
			case ENDING_WITH -> Q.of(path + (ignoreCase ? "__iendswith" : "__endswith"), values.next());
			case GREATER_THAN, AFTER -> Q.of(path + "__gt", values.next());
			case GREATER_THAN_EQUAL -> Q.of(path + "__gte", values.next());
			case LESS_THAN, BEFORE -> Q.of(path + "__lt", values.next());
			case LESS_THAN_EQUAL -> Q.of(path + "__lte", values.next());
			case BETWEEN -> Q.of(path + "__range", List.of(values.next(), values.next()));
			case IN -> Q.of(path + "__in", values.next());
			case NOT_IN -> Q.of(path + "__in", values.next()).negate();
			case IS_NULL -> Q.of(path + "__isnull", true);
			case IS_NOT_NULL -> Q.of(path + "__isnull", false);
			case TRUE -> Q.of(path, true);
			case FALSE -> Q.of(path, false);
			default -> throw new InvalidQueryException("Derived query keyword " + part.getType() + " of '" + part
					+ "' is not supported; use a default method with objects().filter(...)");
		};
	}
}
