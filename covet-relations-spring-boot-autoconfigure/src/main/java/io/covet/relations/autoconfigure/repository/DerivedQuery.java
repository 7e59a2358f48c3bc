package io.covet.relations.autoconfigure.repository;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.core.ResolvableType;
import org.springframework.dao.IncorrectResultSizeDataAccessException;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.data.domain.Sort;
import org.springframework.data.support.PageableExecutionUtils;

import io.covet.relations.autoconfigure.repository.QueryMethodName.Criterion;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.query.Q;
import io.covet.relations.query.QuerySet;

/**
 * A repository method derived from its name ({@code findByTitleContaining}, {@code countByNotebookTitle},
 * {@code findFirstByNameIgnoreCaseOrderByIdDesc}), executed as a query set. Property paths follow relations as
 * lookups do ({@code notebookTitle} → {@code notebook__title}), so the usual allow-list applies. Besides the values
 * its name asks for, a method may take a {@link Sort}, a {@link Limit} and a {@link Pageable}, and return a list,
 * set, stream, {@link Optional}, single object, {@link Page} or {@link Slice}. {@code Distinct} changes nothing:
 * conditions across a multi-valued relation are subqueries, which repeat no rows. Every check that needs no
 * arguments (the properties, the keywords, the number of parameters, the return type) runs when the repository is
 * created.
 */
final class DerivedQuery {

	private final Method method;

	private final Class<?> modelType;

	private final String modelName;

	private final QueryMethodName name;

	/** Indexes of the parameters that hold condition values, in order. */
	private final int[] valueParameters;

	private final int sortParameter;

	private final int limitParameter;

	private final int pageableParameter;

	DerivedQuery(Method method, ModelMeta<?> model) {
		this.method = method;
		this.modelType = model.type();
		this.modelName = model.name();
		this.name = QueryMethodName.parse(method, model);
		List<Integer> values = new ArrayList<>();
		int sort = -1;
		int limit = -1;
		int pageable = -1;
		Class<?>[] types = method.getParameterTypes();
		for (int i = 0; i < types.length; i++) {
			if (Sort.class.isAssignableFrom(types[i])) {
				sort = i;
			}
			else if (Limit.class.isAssignableFrom(types[i])) {
				limit = i;
			}
			else if (Pageable.class.isAssignableFrom(types[i])) {
				pageable = i;
			}
			else {
				values.add(i);
			}
		}
		this.valueParameters = values.stream().mapToInt(Integer::intValue).toArray();
		this.sortParameter = sort;
		this.limitParameter = limit;
		this.pageableParameter = pageable;
		if (values.size() != this.name.argumentCount()) {
			throw QueryMethodName.invalid(method, "takes " + values.size() + " value parameter(s), but its name asks for "
					+ this.name.argumentCount());
		}
		checkReturnType();
	}

	/**
	 * Applies the name's ordering to a query set without running it, so that an ordering the query set refuses (one
	 * that crosses a multi-valued relation and would repeat rows) fails when the repository is created too.
	 */
	void checkOrdering(QuerySet<?> objects) {
		if (this.name.ordering().isEmpty()) {
			return;
		}
		try {
			objects.orderBy(this.name.ordering().toArray(String[]::new));
		}
		catch (InvalidQueryException ex) {
			throw QueryMethodName.invalid(this.method, "cannot be ordered so: " + ex.getMessage());
		}
	}

	private void checkReturnType() {
		Class<?> returnType = this.method.getReturnType();
		boolean fits = switch (this.name.action()) {
			case COUNT -> isOneOf(returnType, long.class, Long.class, int.class, Integer.class);
			case EXISTS -> isOneOf(returnType, boolean.class, Boolean.class);
			case DELETE -> isOneOf(returnType, void.class, long.class, Long.class, int.class, Integer.class);
			case FIND -> findReturnFits(returnType);
		};
		if (!fits) {
			throw QueryMethodName.invalid(this.method, "cannot return " + this.method.getGenericReturnType().getTypeName()
					+ " for a " + this.name.action().name().toLowerCase() + " query of " + this.modelType.getSimpleName()
					+ (Slice.class.isAssignableFrom(returnType) ? " without a Pageable parameter" : ""));
		}
	}

	/**
	 * Whether a find can return this: the model, or a list, set, stream, {@link Optional}, {@link Page} or
	 * {@link Slice} of it (a page or slice only with a {@link Pageable} to cut it).
	 */
	private boolean findReturnFits(Class<?> returnType) {
		if (returnType.isPrimitive() || (Slice.class.isAssignableFrom(returnType) && this.pageableParameter < 0)) {
			return false;
		}
		boolean collection = Iterable.class.isAssignableFrom(returnType) && !Slice.class.isAssignableFrom(returnType);
		if (collection && !returnType.isAssignableFrom(List.class) && !returnType.isAssignableFrom(LinkedHashSet.class)) {
			return false;
		}
		boolean container = collection || Slice.class.isAssignableFrom(returnType)
				|| Stream.class.isAssignableFrom(returnType) || returnType == Optional.class;
		Class<?> element = container ? ResolvableType.forMethodReturnType(this.method).getGeneric(0).resolve() : returnType;
		return element == null || element.isAssignableFrom(this.modelType);
	}

	private static boolean isOneOf(Class<?> type, Class<?>... candidates) {
		for (Class<?> candidate : candidates) {
			if (type == candidate) {
				return true;
			}
		}
		return false;
	}

	Object execute(QuerySet<?> objects, Object[] arguments) {
		Object[] args = (arguments != null) ? arguments : new Object[0];
		QuerySet<?> filtered = filter(objects, args);
		Class<?> returnType = this.method.getReturnType();
		switch (this.name.action()) {
			case COUNT -> {
				return number(filtered.count(), returnType);
			}
			case EXISTS -> {
				return filtered.exists();
			}
			case DELETE -> {
				// As Spring Data counts: the model's own rows, not the rows its relations took along.
				long deleted = filtered.delete().perModel().getOrDefault(this.modelName, 0L);
				return (returnType == void.class) ? null : number(deleted, returnType);
			}
			default -> {
				return find(filtered, args, returnType);
			}
		}
	}

	/**
	 * A count as the method declares it. Not a conditional expression: {@code int} and {@code long} branches would
	 * promote the {@code int} back to a {@code Long}, which an {@code int} method cannot return.
	 */
	private static Object number(long value, Class<?> returnType) {
		if (returnType == int.class || returnType == Integer.class) {
			return Math.toIntExact(value);
		}
		return value;
	}

	private QuerySet<?> filter(QuerySet<?> objects, Object[] args) {
		if (this.name.alternatives().isEmpty()) {
			return objects;
		}
		Iterator<Object> values = Arrays.stream(this.valueParameters).mapToObj(i -> args[i]).iterator();
		List<Q> alternatives = new ArrayList<>();
		for (List<Criterion> criteria : this.name.alternatives()) {
			List<Q> conditions = new ArrayList<>();
			for (Criterion criterion : criteria) {
				conditions.add(condition(criterion, values));
			}
			alternatives.add(Q.allOf(conditions));
		}
		return objects.filter(Q.anyOf(alternatives));
	}

	private Object find(QuerySet<?> filtered, Object[] args, Class<?> returnType) {
		Pageable pageable = (this.pageableParameter >= 0 && args[this.pageableParameter] != null)
				? (Pageable) args[this.pageableParameter] : Pageable.unpaged();
		QuerySet<?> query = ordered(filtered, args, pageable);
		Integer max = this.name.maxResults();
		if (this.limitParameter >= 0 && args[this.limitParameter] instanceof Limit limit && limit.isLimited()) {
			max = (max == null) ? limit.max() : Math.min(max, limit.max());
		}
		if (pageable.isPaged()) {
			int size = (max == null) ? pageable.getPageSize() : Math.min(max, pageable.getPageSize());
			query = query.offset(pageable.getOffset());
			if (Page.class.isAssignableFrom(returnType)) {
				List<?> content = query.limit(size).list();
				return PageableExecutionUtils.getPage(content, pageable, filtered::count);
			}
			if (Slice.class.isAssignableFrom(returnType)) {
				return slice(query.limit(size + 1L).list(), size, pageable);
			}
			query = query.limit(size);
		}
		else if (max != null) {
			query = query.limit(max);
		}
		if (Slice.class.isAssignableFrom(returnType)) {
			// Pageable.unpaged(): every row on one page.
			List<?> content = query.list();
			if (Page.class.isAssignableFrom(returnType)) {
				return PageableExecutionUtils.getPage(content, pageable, content::size);
			}
			return new SliceImpl<>(content, pageable, false);
		}
		if (Iterable.class.isAssignableFrom(returnType)) {
			List<?> rows = query.list();
			return returnType.isAssignableFrom(List.class) ? rows : new LinkedHashSet<>(rows);
		}
		if (Stream.class.isAssignableFrom(returnType)) {
			return query.stream();
		}
		List<?> rows = query.limit(2).list();
		if (rows.size() > 1 && max == null) {
			throw new IncorrectResultSizeDataAccessException(1, rows.size());
		}
		Object single = rows.isEmpty() ? null : rows.get(0);
		return (returnType == Optional.class) ? Optional.ofNullable(single) : single;
	}

	/** A slice of {@code size} rows from a list read with one row more, which tells whether a next slice exists. */
	private static <T> Slice<T> slice(List<T> rows, int size, Pageable pageable) {
		boolean hasNext = rows.size() > size;
		return new SliceImpl<>(hasNext ? rows.subList(0, size) : rows, pageable, hasNext);
	}

	/** The name's ordering, then a {@link Sort} argument's, then the {@link Pageable}'s, as Spring Data combines them. */
	private QuerySet<?> ordered(QuerySet<?> query, Object[] args, Pageable pageable) {
		List<String> ordering = new ArrayList<>(this.name.ordering());
		Sort sort = (this.sortParameter >= 0 && args[this.sortParameter] != null) ? (Sort) args[this.sortParameter]
				: Sort.unsorted();
		for (Sort.Order order : sort.and(pageable.getSort())) {
			ordering.add((order.isDescending() ? "-" : "") + order.getProperty().replace(".", "__"));
		}
		return ordering.isEmpty() ? query : query.orderBy(ordering.toArray(String[]::new));
	}

	private static Q condition(Criterion criterion, Iterator<Object> values) {
		String path = criterion.path();
		boolean ignoreCase = criterion.ignoreCase();
		return switch (criterion.type()) {
			case SIMPLE_PROPERTY -> equality(path, ignoreCase, values.next());
			case NEGATING_SIMPLE_PROPERTY -> equality(path, ignoreCase, values.next()).negate();
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
			default -> throw new IllegalStateException(criterion.type() + " was refused when the repository was created");
		};
	}

	/** Equality; a {@code null} argument means IS NULL, as in Spring Data. */
	private static Q equality(String path, boolean ignoreCase, Object value) {
		return Q.of((ignoreCase && value != null) ? path + "__iexact" : path, value);
	}
}
