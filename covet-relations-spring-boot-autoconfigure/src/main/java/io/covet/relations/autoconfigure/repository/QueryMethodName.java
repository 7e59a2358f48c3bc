package io.covet.relations.autoconfigure.repository;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.data.repository.query.parser.Part;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.metadata.ModelMeta;

/**
 * What a derived query method's name asks for ({@code findFirst3ByNotebookTitleIgnoreCaseOrderByIdDesc}): the
 * action, a row limit, conditions (alternatives of conjunctions) and an ordering. The keywords are Spring Data's
 * ({@link Part.Type}); the properties are resolved against Covet's metadata by {@link PropertyPaths}, so a name can
 * cross any relation, and an unknown property or keyword fails when the repository is created, not when it is called.
 *
 * @param action what the method does with the matching rows
 * @param maxResults the rows {@code First}/{@code Top} allows, or {@code null}
 * @param alternatives the conditions: any of the lists, each of whose criteria must hold
 * @param ordering lookup paths, {@code -} for descending
 */
record QueryMethodName(Action action, Integer maxResults, List<List<Criterion>> alternatives, List<String> ordering) {

	/** What a derived query does with its rows. */
	enum Action {
		FIND, COUNT, EXISTS, DELETE
	}

	/**
	 * One condition of the name.
	 *
	 * @param path the lookup path
	 * @param type Spring Data's keyword
	 * @param ignoreCase whether to compare text case-insensitively
	 */
	record Criterion(String path, Part.Type type, boolean ignoreCase) {
	}

	private static final Pattern PREFIX = Pattern
		.compile("^(find|read|get|query|search|stream|count|exists|delete|remove)(\\p{Lu}.*?)??By");

	private static final Pattern LIMIT = Pattern.compile("^(?:Distinct)?(?:First|Top)(\\d*)");

	private static final Pattern IGNORE_CASE = Pattern.compile("(?:IgnoreCase|IgnoringCase)$");

	private static final Pattern ALL_IGNORE_CASE = Pattern.compile("(?:AllIgnoreCase|AllIgnoringCase)$");

	private static final Pattern DIRECTION = Pattern.compile("(.+?)(Asc|Desc)?");

	/** Keywords with a Covet lookup; the others (LIKE with the caller's wildcards, geo, regex...) are refused. */
	private static final Set<Part.Type> SUPPORTED = EnumSet.of(Part.Type.SIMPLE_PROPERTY,
			Part.Type.NEGATING_SIMPLE_PROPERTY, Part.Type.CONTAINING, Part.Type.NOT_CONTAINING, Part.Type.STARTING_WITH,
			Part.Type.ENDING_WITH, Part.Type.GREATER_THAN, Part.Type.AFTER, Part.Type.GREATER_THAN_EQUAL,
			Part.Type.LESS_THAN, Part.Type.BEFORE, Part.Type.LESS_THAN_EQUAL, Part.Type.BETWEEN, Part.Type.IN,
			Part.Type.NOT_IN, Part.Type.IS_NULL, Part.Type.IS_NOT_NULL, Part.Type.TRUE, Part.Type.FALSE);

	/** Keywords whose comparison has a case-insensitive lookup. */
	private static final Set<Part.Type> CASE_INSENSITIVE = EnumSet.of(Part.Type.SIMPLE_PROPERTY,
			Part.Type.NEGATING_SIMPLE_PROPERTY, Part.Type.CONTAINING, Part.Type.NOT_CONTAINING, Part.Type.STARTING_WITH,
			Part.Type.ENDING_WITH);

	/** Reads a method's name against the model it queries; a name that cannot be honoured is refused. */
	static QueryMethodName parse(Method method, ModelMeta<?> model) {
		Matcher prefix = PREFIX.matcher(method.getName());
		if (!prefix.find()) {
			throw invalid(method, "is neither a default method nor a derived query (findBy..., countBy..., existsBy...,"
					+ " deleteBy...)");
		}
		Action action = switch (prefix.group(1)) {
			case "count" -> Action.COUNT;
			case "exists" -> Action.EXISTS;
			case "delete", "remove" -> Action.DELETE;
			default -> Action.FIND;
		};
		Integer maxResults = null;
		Matcher limit = LIMIT.matcher(prefix.group(2) == null ? "" : prefix.group(2));
		if (action == Action.FIND && limit.find()) {
			maxResults = limit.group(1).isEmpty() ? 1 : Integer.parseInt(limit.group(1));
		}
		String predicate = method.getName().substring(prefix.end());
		int orderBy = predicate.indexOf("OrderBy");
		if (orderBy < 0) {
			return new QueryMethodName(action, maxResults, alternatives(method, model, predicate), List.of());
		}
		return new QueryMethodName(action, maxResults, alternatives(method, model, predicate.substring(0, orderBy)),
				ordering(method, model, predicate.substring(orderBy + "OrderBy".length())));
	}

	/** The conditions: {@code Or} between alternatives, {@code And} within one, {@code AllIgnoreCase} at the end. */
	private static List<List<Criterion>> alternatives(Method method, ModelMeta<?> model, String predicate) {
		Matcher allIgnoreCase = ALL_IGNORE_CASE.matcher(predicate);
		boolean ignoreCaseWherePossible = allIgnoreCase.find();
		String conditions = ignoreCaseWherePossible ? predicate.substring(0, allIgnoreCase.start()) : predicate;
		List<List<Criterion>> alternatives = new ArrayList<>();
		if (!conditions.isEmpty()) {
			for (String alternative : conditions.split("Or(?=\\p{Lu})")) {
				List<Criterion> criteria = new ArrayList<>();
				for (String part : alternative.split("And(?=\\p{Lu})")) {
					criteria.add(criterion(method, model, part, ignoreCaseWherePossible));
				}
				alternatives.add(List.copyOf(criteria));
			}
		}
		return List.copyOf(alternatives);
	}

	/** How many values the conditions take from the method's arguments. */
	int argumentCount() {
		return this.alternatives.stream().flatMap(List::stream).mapToInt(c -> c.type().getNumberOfArguments()).sum();
	}

	private static Criterion criterion(Method method, ModelMeta<?> model, String part, boolean ignoreCaseWherePossible) {
		Matcher ignoreCase = IGNORE_CASE.matcher(part);
		boolean always = ignoreCase.find();
		String condition = always ? part.substring(0, ignoreCase.start()) : part;
		Part.Type type = Part.Type.fromProperty(condition);
		if (!SUPPORTED.contains(type)) {
			throw invalid(method, "uses the keyword " + type + " (in '" + part + "'), which has no Covet lookup; use a"
					+ " default method with objects().filter(...)");
		}
		PropertyPaths.Resolved property = resolve(method, model, type.extractProperty(condition));
		if (always && !(property.isText() && CASE_INSENSITIVE.contains(type))) {
			throw invalid(method, "asks to ignore case in '" + part + "', which is not a text comparison Covet can make"
					+ " case-insensitive (equality, containing, starting or ending with, on a text field)");
		}
		boolean ignore = always || (ignoreCaseWherePossible && property.isText() && CASE_INSENSITIVE.contains(type));
		return new Criterion(property.path(), type, ignore);
	}

	private static List<String> ordering(Method method, ModelMeta<?> model, String clause) {
		List<String> ordering = new ArrayList<>();
		for (String block : clause.split("(?<=Asc|Desc)(?=\\p{Lu})")) {
			Matcher direction = DIRECTION.matcher(block);
			if (block.isEmpty() || !direction.matches()) {
				throw invalid(method, "has an empty or unreadable OrderBy clause '" + clause + "'");
			}
			String path = resolve(method, model, direction.group(1)).path();
			ordering.add(("Desc".equals(direction.group(2)) ? "-" : "") + path);
		}
		return List.copyOf(ordering);
	}

	private static PropertyPaths.Resolved resolve(Method method, ModelMeta<?> model, String property) {
		PropertyPaths.Resolved resolved = PropertyPaths.resolve(model, property);
		if (resolved == null) {
			throw invalid(method, "names '" + property + "', which is no field or relation path of " + model.name()
					+ " (its names: " + model.queryableNames() + ")");
		}
		return resolved;
	}

	static InvalidQueryException invalid(Method method, String problem) {
		return new InvalidQueryException("Repository method " + method.getDeclaringClass().getSimpleName() + "."
				+ method.getName() + " " + problem);
	}
}
