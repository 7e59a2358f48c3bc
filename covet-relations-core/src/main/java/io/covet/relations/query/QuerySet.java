package io.covet.relations.query;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.ObjIntConsumer;
import java.util.stream.Stream;

import org.springframework.dao.DataIntegrityViolationException;

import io.covet.relations.deletion.DeletionCollector;
import io.covet.relations.deletion.DeletionPlan;
import io.covet.relations.exception.DoesNotExist;
import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.exception.MultipleObjectsReturned;
import io.covet.relations.exception.UnknownFieldException;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.Values;
import io.covet.relations.manager.ReverseOneToOneAccessor;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.ForeignKeyRelation;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.InheritanceKind;
import io.covet.relations.metadata.ManyToManySide;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;
import io.covet.relations.metadata.ReverseRelation;
import io.covet.relations.relation.GetOrCreateResult;
import io.covet.relations.relation.Ref;
import io.covet.relations.sql.SqlStatement;

/**
 * An immutable, lazily run query over one model with Django's query-set semantics:
 * {@code books.filter("author__name__startswith", "A").exclude("title__icontains", "draft").orderBy("-title").limit(10)}.
 * Every method that refines returns a new query set; the terminal methods ({@link #list()}, {@link #get},
 * {@link #count()}, ...) run SQL. Names are resolved against metadata when the method is called, so a typo fails at
 * the call with the list of valid names.
 *
 * @param <T> the model
 */
public final class QuerySet<T> implements Iterable<T> {

	/** Like Django, {@code get()} reads at most this many rows to report how many matched. */
	private static final int MAX_GET_RESULTS = 21;

	private final CovetContext context;

	private final ModelMeta<T> model;

	private final QueryState state;

	private QuerySet(CovetContext context, ModelMeta<T> model, QueryState state) {
		this.context = context;
		this.model = model;
		this.state = state;
	}

	/** A query set over every row of a model, narrowed by its default filter. Used by repositories and managers. */
	public static <T> QuerySet<T> of(CovetContext context, ModelMeta<T> model) {
		QuerySet<T> rows = everyRow(context, model);
		Q defaultFilter = DefaultFilters.of(model);
		return (defaultFilter != null) ? new QuerySet<>(context, model, rows.state.withFilter(defaultFilter)) : rows;
	}

	/**
	 * Whether the model has a default filter that {@link #of} narrows its rows by; a many-to-many manager then
	 * removes only the links to the rows it lists, as Django's manager built on the default manager does.
	 */
	public static boolean hasDefaultFilter(ModelMeta<?> model) {
		return model.defaultFilterMethod() != null;
	}

	/**
	 * A query set over every row of the model's class, without its default filter (Django's base manager): what a
	 * relation points at, what a caller names by instance, what a cascade or a tree walk must reach. A filter that
	 * narrows what is listed must not hide those.
	 */
	public static <T> QuerySet<T> everyRow(CovetContext context, ModelMeta<T> model) {
		QueryState state = QueryState.EMPTY;
		// A proxy sees the rows of the class it stands for.
		ModelMeta<?> rowsOf = model.concreteModel();
		if (rowsOf.discriminator() != null && rowsOf.parent() != null && rowsOf.inheritance() == InheritanceKind.SINGLE_TABLE) {
			// A single-table subclass sees only its own rows and its subclasses'.
			state = state.withFilter(Q.of(rowsOf.discriminator().name() + "__in", rowsOf.discriminatorValues()));
		}
		if (!model.defaultOrdering().isEmpty()) {
			state = state.withOrdering(model.defaultOrdering());
		}
		return new QuerySet<>(context, model, state);
	}

	/** Metadata of the model the query set returns. */
	public ModelMeta<T> model() {
		return this.model;
	}

	// ---- refining ---------------------------------------------------------------------------------------------

	/** Rows matching one lookup, such as {@code filter("author__name", "Ann")}. */
	public QuerySet<T> filter(String lookup, Object value) {
		return filter(Q.of(lookup, value));
	}

	/** Rows matching all lookups of the map (one filter call: multi-valued lookups share the related row). */
	public QuerySet<T> filter(Map<String, ?> lookups) {
		return filter(Q.of(lookups));
	}

	/** Rows matching a condition built with {@link Q}: {@code filter(Q.of("title", "A").or(Q.of("title", "B")))}. */
	public QuerySet<T> filter(Q condition) {
		validate(condition);
		return with(this.state.withFilter(condition));
	}

	/** Rows not matching the lookup (including rows where it is NULL). */
	public QuerySet<T> exclude(String lookup, Object value) {
		return exclude(Q.of(lookup, value));
	}

	/** Rows not matching the condition (including rows where it is NULL). */
	public QuerySet<T> exclude(Q condition) {
		validate(condition);
		return with(this.state.withFilter(condition.negate()));
	}

	/** Replaces the ordering: field paths, {@code -} for descending ({@code orderBy("-published", "title")}). */
	public QuerySet<T> orderBy(String... fields) {
		for (String field : fields) {
			ResolvedPath path = PathResolver.field(this.model, field.startsWith("-") ? field.substring(1) : field);
			if (ConditionRenderer.firstMultiValued(path.steps()) >= 0) {
				throw new InvalidQueryException("orderBy(\"" + field
						+ "\") crosses a multi-valued relation, which would repeat rows; order by a single-valued path");
			}
		}
		return with(this.state.withOrdering(Arrays.asList(fields)));
	}

	/** At most {@code count} rows. */
	public QuerySet<T> limit(long count) {
		if (count < 0) {
			throw new InvalidQueryException("limit must not be negative");
		}
		return with(this.state.withSlice(count, this.state.offset()));
	}

	/** Skips {@code count} rows. */
	public QuerySet<T> offset(long count) {
		if (count < 0) {
			throw new InvalidQueryException("offset must not be negative");
		}
		return with(this.state.withSlice(this.state.limit(), count));
	}

	/** Loads single-valued relations (forward keys, reverse one-to-ones) in the same query with joins. */
	public QuerySet<T> selectRelated(String... paths) {
		for (String path : paths) {
			for (Relation relation : PathResolver.relations(this.model, path)) {
				if (relation.isMultiValued()) {
					throw new InvalidQueryException("selectRelated(\"" + path + "\"): " + relation.describe()
							+ " is multi-valued; use prefetchRelated for it");
				}
			}
		}
		return with(this.state.withSelectRelated(Arrays.asList(paths)));
	}

	/** Loads relations with one extra query per level (chunked IN-lists) after the main query. */
	public QuerySet<T> prefetchRelated(String... paths) {
		return prefetchRelated(Arrays.stream(paths).map(Prefetch::new).toArray(Prefetch[]::new));
	}

	/**
	 * Loads relations with their own query sets and destinations. A path may continue through the {@code toAttr} of a
	 * prefetch given before it ({@code new Prefetch("labels", recent, "recentLabels")}, then
	 * {@code "recentLabels__articles"}), as Django's to_attr allows. A lookup given again (same path, or same
	 * {@code toAttr}) keeps the first, as in Django: a plain repeat or the same {@code Prefetch} is skipped, a
	 * different query set or option is an {@link InvalidQueryException}.
	 */
	public QuerySet<T> prefetchRelated(Prefetch... prefetches) {
		Map<String, String> attributes = new HashMap<>();
		Map<String, Prefetch> seen = new HashMap<>();
		for (Prefetch earlier : this.state.prefetches()) {
			rememberAttribute(earlier, attributes);
			seen.put(destination(earlier), earlier);
		}
		List<Prefetch> added = new ArrayList<>(prefetches.length);
		for (Prefetch prefetch : prefetches) {
			GenericForeignKeyMeta genericKey = PathResolver.prefetchPath(this.model,
					throughAttributes(prefetch.path(), attributes));
			checkOptions(prefetch, genericKey);
			Prefetch earlier = seen.putIfAbsent(destination(prefetch), prefetch);
			if (earlier != null) {
				if (prefetch.equals(earlier) || isPlain(prefetch)) {
					// Django's rule: a lookup already seen is done; a plain one repeated (a shared helper adding
					// "books" to a caller's Prefetch("books", filtered)) must not widen what the caller narrowed.
					continue;
				}
				throw new InvalidQueryException("Prefetch lookup \"" + destination(prefetch) + "\" was already given, with "
						+ "a different query set or options (" + earlier + ", then " + prefetch
						+ "); give each lookup once, or use a distinct toAttr (Django refuses this too)");
			}
			rememberAttribute(prefetch, attributes);
			added.add(prefetch);
		}
		return with(this.state.withPrefetch(added));
	}

	/** Where a prefetch puts its objects (Django's prefetch_to): the path, its last name replaced by toAttr if any. */
	private static String destination(Prefetch prefetch) {
		if (prefetch.toAttr() == null) {
			return prefetch.path();
		}
		int last = prefetch.path().lastIndexOf("__");
		return (last < 0) ? prefetch.toAttr() : prefetch.path().substring(0, last + 2) + prefetch.toAttr();
	}

	/** Whether a prefetch is only its path: {@code prefetchRelated("books")}. */
	private static boolean isPlain(Prefetch prefetch) {
		return prefetch.querySet() == null && prefetch.toAttr() == null && prefetch.querySetsPerType().isEmpty()
				&& !prefetch.linksFirst();
	}

	/**
	 * Refuses options that cannot apply to the path, rather than ignore them: a generic foreign key's objects are of
	 * several models, so one query set, a {@code toAttr} list or links-first reading mean nothing there (Django: "Custom
	 * queryset can't be used for this lookup"), and only it takes query sets per model, one per content type.
	 */
	private static void checkOptions(Prefetch prefetch, GenericForeignKeyMeta genericKey) {
		if (genericKey == null) {
			if (!prefetch.querySetsPerType().isEmpty()) {
				throw new InvalidQueryException("Prefetch.generic(\"" + prefetch.path()
						+ "\") takes query sets per model for a generic foreign key; this path is a relation: use new Prefetch(\""
						+ prefetch.path() + "\", querySet)");
			}
			return;
		}
		if (prefetch.querySet() != null || prefetch.toAttr() != null || prefetch.linksFirst()) {
			throw new InvalidQueryException("Prefetch(\"" + prefetch.path() + "\") ends at the generic foreign key "
					+ genericKey.describe() + ", whose objects are of several models: it takes no single query set, toAttr"
					+ " or links-first reading; use Prefetch.generic(\"" + prefetch.path() + "\", querySetPerModel...)");
		}
		Map<ModelMeta<?>, QuerySet<?>> byTable = new HashMap<>();
		for (QuerySet<?> querySet : prefetch.querySetsPerType()) {
			// A proxy's or single-table child's objects are stored under the content type of the table's owner.
			QuerySet<?> other = byTable.putIfAbsent(querySet.model().tableOwner(), querySet);
			if (other != null) {
				throw new InvalidQueryException("Prefetch.generic(\"" + prefetch.path() + "\") has two query sets, of "
						+ other.model().name() + " and " + querySet.model().name() + ", for the objects of one content type ("
						+ querySet.model().tableOwner().name() + "); give one");
			}
		}
	}

	/** Notes the path a {@code toAttr} stands for: {@code labels__recent} is {@code labels__articles}. */
	private static void rememberAttribute(Prefetch prefetch, Map<String, String> attributes) {
		if (prefetch.toAttr() != null) {
			int last = prefetch.path().lastIndexOf("__");
			String prefix = (last < 0) ? "" : prefetch.path().substring(0, last + 2);
			attributes.put(prefix + prefetch.toAttr(), prefetch.path());
		}
	}

	/** The path with a leading {@code toAttr} replaced by the relation path it stands for, to check it. */
	private static String throughAttributes(String path, Map<String, String> attributes) {
		for (Map.Entry<String, String> attribute : attributes.entrySet()) {
			String alias = attribute.getKey();
			if (path.startsWith(alias + "__")) {
				return throughAttributes(attribute.getValue() + path.substring(alias.length()), attributes);
			}
		}
		return path;
	}

	// ---- running -----------------------------------------------------------------------------------------------

	/** Runs the query (plus one query per prefetched level). */
	public List<T> list() {
		return list(null, null, null);
	}

	/** What a reverse prefetch does with each child it reads: set the loaded reference to its owner. */
	@FunctionalInterface
	interface ChildAttach<T> {

		/**
		 * @param ownerSlot the slot of the child's owner, {@code -1} when no owner has the child's key
		 * @param unmatchedKey the child's key when no owner has it, else {@code null} (not read)
		 */
		void attach(T child, int ownerSlot, Object unmatchedKey);
	}

	/**
	 * Runs the query, handing each object to {@code attach} with the slot among {@code owners} of the key in its
	 * {@code foreignKey} column, instead of reading that column into an unloaded {@code Ref}: a reverse prefetch knows
	 * the owner and sets the loaded reference itself. The key is looked up straight from the row (an integral key is
	 * not boxed). {@code attach} runs before this query's own prefetches.
	 */
	List<T> list(FieldMeta foreignKey, OwnerSlots owners, ChildAttach<T> attach) {
		boolean specialize = this.state.polymorphic() && !this.model.children().isEmpty();
		// A parent link is the child's own key, read as the key: the owner is found from it once the rows are read.
		FieldMeta deferred = (specialize || foreignKey == null || !foreignKey.holdsRef()) ? null : foreignKey;
		CompiledSelect compiled = new SelectCompiler(this.context.dialect(), this.model, this.state).select(deferred);
		// A generic key this query prefetches is set by the prefetch: no unloaded reference per row to replace.
		Set<GenericForeignKeyMeta> prefetchedGenericKeys = specialize ? Set.of()
				: PrefetchLoader.genericKeysSet(this.model, this.state.prefetches());
		RowReader<T> reader = new RowReader<>(this.context, compiled.models(), deferred, prefetchedGenericKeys, false);
		List<T> results = this.context.executor().query(compiled.statement(), rs -> {
			List<T> rows = new ArrayList<>();
			while (rs.next()) {
				T row = reader.read(rs);
				if (deferred != null) {
					int slot = owners.slotOf(rs, reader.rootKeyColumn());
					attach.attach(row, slot, (slot >= 0) ? null : reader.rootKey(rs));
				}
				rows.add(row);
			}
			return rows;
		});
		if (specialize) {
			results = Polymorphism.specialize(this.context, this.model, results, this.state.selectRelated());
		}
		if (foreignKey != null && deferred == null) {
			for (T row : results) {
				Object key = foreignKey.columnValue(row);
				attach.attach(row, owners.slotOf(key), key);
			}
		}
		if (!this.state.prefetches().isEmpty()) {
			new PrefetchLoader(this.context).prefetch(this.model, results, this.state.prefetches());
		}
		return results;
	}

	/** Whether the rows come in an order of the caller's choosing. */
	boolean isOrdered() {
		return !this.state.ordering().isEmpty();
	}

	/** Whether a limit or an offset is set. */
	boolean isSliced() {
		return this.state.isSliced();
	}

	/**
	 * The related objects of several owners on one many-to-many side, each handed to {@code each} with its owner's
	 * slot among {@code owners} as its row arrives: one statement, used by prefetching.
	 */
	void forEachLinked(ManyToManySide side, List<?> ownerKeys, OwnerSlots owners, ObjIntConsumer<T> each) {
		CompiledSelect compiled = new SelectCompiler(this.context.dialect(), this.model, this.state).selectLinked(side,
				ownerKeys);
		int ownerColumn = compiled.models().stream().mapToInt(m -> SelectCompiler.columnCount(m.model())).sum() + 1;
		// A target linked to several owners is one row of its table: read once and shared, not once per link.
		RowReader<T> reader = new RowReader<>(this.context, compiled.models(), null, Set.of(), true);
		this.context.executor().query(compiled.statement(), rs -> {
			while (rs.next()) {
				T object = reader.read(rs);
				each.accept(object, owners.slotOf(rs, ownerColumn));
			}
			return null;
		});
	}

	@Override
	public Iterator<T> iterator() {
		return list().iterator();
	}

	/** The rows as a stream; the query runs once, when this is called. */
	public Stream<T> stream() {
		return list().stream();
	}

	/**
	 * The single row matching the query.
	 * @throws DoesNotExist when none matches
	 * @throws MultipleObjectsReturned when more than one matches
	 */
	public T get() {
		QuerySet<T> bounded = this.state.limit() == null ? limit(MAX_GET_RESULTS) : this;
		List<T> rows = bounded.list();
		if (rows.isEmpty()) {
			throw new DoesNotExist(this.model.name(), describeFilters());
		}
		if (rows.size() > 1) {
			throw new MultipleObjectsReturned(this.model.name(), rows.size());
		}
		return rows.get(0);
	}

	/** {@code filter(lookup, value).get()}. */
	public T get(String lookup, Object value) {
		return filter(lookup, value).get();
	}

	/** {@code filter(condition).get()}. */
	public T get(Q condition) {
		return filter(condition).get();
	}

	/**
	 * The matching rows whose primary key is one of {@code keys}, by key, in the order the rows come (Django's
	 * {@code in_bulk}): one statement, or one per chunk where the dialect caps the keys a statement may bind.
	 */
	public Map<Object, T> inBulk(List<?> keys) {
		if (keys == null) {
			throw new InvalidValueException("inBulk() needs a list of keys, not null (list() reads every row)");
		}
		if (this.state.isSliced()) {
			// Its key filter would apply before the slice, per chunk of keys: a partial answer (Django refuses too).
			throw new InvalidQueryException("inBulk() cannot run on a sliced query set (limit or offset): the slice would "
					+ "cut the rows of the given keys, not the rows the keys are taken from");
		}
		Map<Object, T> byKey = new LinkedHashMap<>();
		int chunk = this.context.readChunkSize(this.model.primaryKey().valueType());
		for (int start = 0; start < keys.size(); start += chunk) {
			for (T row : filter("pk__in", keys.subList(start, Math.min(keys.size(), start + chunk))).list()) {
				byKey.put(this.model.primaryKeyValue(row), row);
			}
		}
		return byKey;
	}

	/** The first row by the ordering (by primary key when unordered), if any. */
	public Optional<T> first() {
		QuerySet<T> ordered = this.state.ordering().isEmpty() ? orderBy("pk") : this;
		// Within a slice: limit(0).first() is empty, offset(2).first() the third row.
		long limit = (this.state.limit() != null) ? Math.min(1, this.state.limit()) : 1;
		return ordered.limit(limit).list().stream().findFirst();
	}

	/** The last row by the ordering (by primary key when unordered), if any. */
	public Optional<T> last() {
		if (this.state.isSliced()) {
			// Reversing the ordering would move the slice to the other end (Django refuses the same).
			throw new InvalidQueryException("last() cannot reverse a sliced query set; take list() and its last element");
		}
		List<String> reversed = new ArrayList<>();
		for (String field : this.state.ordering().isEmpty() ? List.of("pk") : this.state.ordering()) {
			reversed.add(field.startsWith("-") ? field.substring(1) : "-" + field);
		}
		return with(this.state.withOrdering(reversed)).limit(1).list().stream().findFirst();
	}

	/** The number of matching rows: one {@code SELECT COUNT(*)}, no row read. */
	public long count() {
		SqlStatement statement = new SelectCompiler(this.context.dialect(), this.model, this.state).count();
		Long count = this.context.executor().query(statement, rs -> rs.next() ? rs.getLong(1) : 0L);
		return count == null ? 0 : count;
	}

	/** Whether any row matches: one statement that stops at the first row. */
	public boolean exists() {
		SqlStatement statement = new SelectCompiler(this.context.dialect(), this.model, this.state).exists();
		return Boolean.TRUE.equals(this.context.executor().query(statement, ResultSet::next));
	}

	/**
	 * Rows as maps of the given field paths to values ({@code values("title", "author__name")}); every column of the
	 * model when none are given, a multi-table child's parents' first (as Django's {@code values()}). Foreign keys
	 * come back as their key.
	 */
	public List<Map<String, Object>> values(String... fields) {
		List<String> names = new ArrayList<>(Arrays.asList(fields));
		if (names.isEmpty()) {
			List<ModelMeta<?>> chain = this.model.withParents();
			for (int i = chain.size() - 1; i >= 0; i--) {
				chain.get(i).fields().forEach(field -> names.add(field.name()));
			}
		}
		List<ResolvedPath> paths = new ArrayList<>();
		for (String name : names) {
			paths.add(PathResolver.field(this.model, name));
		}
		SqlStatement statement = new SelectCompiler(this.context.dialect(), this.model, this.state).values(paths);
		return this.context.executor().query(statement, rs -> {
			List<Map<String, Object>> rows = new ArrayList<>();
			while (rs.next()) {
				Map<String, Object> row = new LinkedHashMap<>();
				for (int i = 0; i < paths.size(); i++) {
					row.put(names.get(i), this.context.dialect().read(rs, i + 1, paths.get(i).field().valueType()));
				}
				rows.add(row);
			}
			return rows;
		});
	}

	/** Sets columns of every matching row in one statement; returns the number of rows. */
	public long update(Map<String, ?> values) {
		if (values.isEmpty()) {
			throw new InvalidQueryException("update() needs at least one field");
		}
		Map<FieldMeta, Object> assignments = new LinkedHashMap<>();
		Map<String, Object> inherited = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			FieldMeta field = this.model.field(name);
			if (field == null && this.model.parentLink() != null) {
				// A column of the parent's table: updated through the parent's rows.
				inherited.put(name, value);
				return;
			}
			if (field == null || field.primaryKey() || field.isComputed()) {
				throw new UnknownFieldException(this.model.name(), name, this.model.fields()
					.stream()
					.filter(f -> !f.primaryKey())
					.map(FieldMeta::name)
					.toList());
			}
			assignments.put(field, value);
		});
		if (inherited.isEmpty()) {
			SqlStatement statement = new SelectCompiler(this.context.dialect(), this.model, this.state).update(assignments);
			return this.context.executor().update(statement);
		}
		return this.context.transactions().required(() -> {
			List<Object> keys = keys();
			long rows = this.context.everyRow(this.model.linkedParent()).filter("pk__in", keys).update(inherited);
			if (!assignments.isEmpty()) {
				SqlStatement statement = new SelectCompiler(this.context.dialect(), this.model, QueryState.EMPTY
					.withFilter(Q.of("pk__in", keys))).update(assignments);
				rows = this.context.executor().update(statement);
			}
			return rows;
		});
	}

	/**
	 * For a multi-table hierarchy: each row as an instance of its most specific class (one extra query per subclass
	 * that has rows among the results), as django-polymorphic does.
	 */
	public QuerySet<T> polymorphic() {
		return with(this.state.withPolymorphic(true));
	}

	/** {@code update(Map.of(field, value))} that also accepts a {@code null} value. */
	public long update(String field, Object value) {
		Map<String, Object> values = new LinkedHashMap<>();
		values.put(field, value);
		return update(values);
	}

	/**
	 * Deletes every matching row and applies the {@code onDelete} of every relation that points at them, in one
	 * transaction; returns the rows deleted per model.
	 * @throws io.covet.relations.exception.ProtectedError when a PROTECT relation refers to a matching row
	 * @throws io.covet.relations.exception.RestrictedError when a RESTRICT relation would be left dangling
	 */
	public DeleteResult delete() {
		return this.context.transactions()
			.required(() -> new DeletionCollector(this.context).deleteLocked(this.model, lockedKeys()));
	}

	/** What {@link #delete()} would delete and update, per model, computed with reads only. */
	public DeletionPlan explainDelete() {
		return this.context.transactions().required(() -> new DeletionCollector(this.context).explain(this.model, keys()));
	}

	/**
	 * Primary keys of the matching rows, read with the dialect's row lock (Django's {@code select_for_update}), held
	 * until the transaction ends. A delete finds its rows this way, which also keeps them from changing until it
	 * commits; a locking read also sees the latest committed rows under MariaDB's repeatable read.
	 */
	public List<Object> lockedKeys() {
		return this.context.executor()
			.queryColumn(new SelectCompiler(this.context.dialect(), this.model, this.state).lockedKeys(),
					this.model.primaryKey().valueType());
	}

	/** Primary keys of the matching rows, in the query's order. */
	private List<Object> keys() {
		ResolvedPath pk = PathResolver.field(this.model, "pk");
		return this.context.executor()
			.queryColumn(new SelectCompiler(this.context.dialect(), this.model, this.state).values(List.of(pk)),
					pk.field().valueType());
	}

	/**
	 * The single row matching {@code lookups}, or a new row built from {@code lookups} (exact lookups on local fields)
	 * and {@code defaults}, saved.
	 */
	public GetOrCreateResult<T> getOrCreate(Map<String, ?> lookups, Map<String, ?> defaults) {
		return getOrCreate(lookups, defaults, created -> {
		});
	}

	/**
	 * {@link #getOrCreate(Map, Map)} with a hook that completes a new instance before it is saved.
	 * <p>
	 * Two callers creating the same object at once, on a unique field, both succeed, as with Django: the create runs in
	 * a savepoint, and when it breaks a constraint the object is looked up again and returned if another caller's
	 * insert is now visible. Inside a caller's REPEATABLE READ transaction that began reading earlier (MariaDB's
	 * default), that second look still sees the transaction's old snapshot, and the constraint's exception is thrown.
	 */
	public GetOrCreateResult<T> getOrCreate(Map<String, ?> lookups, Map<String, ?> defaults, Consumer<T> initializer) {
		if (lookups == null) {
			throw new InvalidValueException("getOrCreate() needs lookups, not null (an empty map matches every row)");
		}
		if (this.state.isSliced()) {
			// Its lookups would apply before the slice, so "none found" would not mean "none exists".
			throw new InvalidQueryException("getOrCreate() cannot run on a sliced query set (limit or offset)");
		}
		Optional<T> existing = findOne(lookups);
		if (existing.isPresent()) {
			return new GetOrCreateResult<>(existing.get(), false);
		}
		Map<String, Object> values = new LinkedHashMap<>();
		lookups.forEach((name, value) -> {
			if (!name.contains("__")) {
				values.put(name, value);
			}
		});
		if (defaults != null) {
			// No defaults is Django's ordinary call (defaults=None), whether the row exists or not.
			values.putAll(defaults);
		}
		try {
			return new GetOrCreateResult<>(this.context.transactions().nested(() -> create(values, initializer)), true);
		}
		catch (DataIntegrityViolationException ex) {
			return new GetOrCreateResult<>(findOne(lookups).orElseThrow(() -> ex), false);
		}
	}

	/**
	 * The one row matching {@code lookups}, if any. Reads as many rows as {@link #get()} does, so that
	 * {@link MultipleObjectsReturned} says how many matched.
	 */
	private Optional<T> findOne(Map<String, ?> lookups) {
		List<T> found = (lookups.isEmpty() ? this : filter(lookups)).limit(MAX_GET_RESULTS).list();
		if (found.size() > 1) {
			throw new MultipleObjectsReturned(this.model.name(), found.size());
		}
		return found.stream().findFirst();
	}

	/** Builds an instance from field values (foreign keys by object or key) and saves it. */
	public T create(Map<String, ?> values) {
		return create(values, created -> {
		});
	}

	private T create(Map<String, ?> values, Consumer<T> initializer) {
		T created = this.model.newInstance();
		values.forEach((name, value) -> assign(created, name, value));
		initializer.accept(created);
		return this.context.writer().save(this.model, created);
	}

	private void assign(T instance, String name, Object value) {
		// "pk" names the key, as in lookups (on a multi-table child, the key its root model holds).
		List<ModelMeta<?>> chain = this.model.withParents();
		FieldMeta field = "pk".equals(name) ? chain.get(chain.size() - 1).primaryKey() : this.model.fieldOrInherited(name);
		if (field == null || field.isComputed()) {
			List<String> known = new ArrayList<>();
			for (ModelMeta<?> owner : this.model.withParents()) {
				owner.fields().stream().filter(candidate -> !candidate.isComputed()).forEach(candidate -> known.add(candidate.name()));
			}
			throw new UnknownFieldException(this.model.name(), name, known);
		}
		if (field.holdsRef()) {
			field.set(instance, (value instanceof Ref<?> ref) ? ref
					: field.relation().target().type().isInstance(value) ? Ref.to(value)
							: Ref.id(Values.toColumnValue(field, value)));
		}
		else {
			field.set(instance, Values.toColumnValue(field, value));
		}
	}

	/** The SELECT this query set runs, for logging and tests. */
	public String sql() {
		return new SelectCompiler(this.context.dialect(), this.model, this.state).select().statement().sql();
	}

	// ---- internals ---------------------------------------------------------------------------------------------

	private QuerySet<T> with(QueryState newState) {
		return new QuerySet<>(this.context, this.model, newState);
	}

	private void validate(Q condition) {
		if (condition.kind() == Q.Kind.LEAF) {
			PathResolver.lookup(this.model, condition.lookup());
		}
		else {
			condition.children().forEach(this::validate);
		}
	}

	private String describeFilters() {
		return this.state.filters().isEmpty() ? null : this.state.filters().toString();
	}

	@SuppressWarnings("unchecked")
	static void attachLoaded(io.covet.relations.internal.CovetContext context, Object parent, Relation relation,
			Object related) {
		if (relation instanceof ForeignKeyRelation foreignKey) {
			Ref<?> current = (Ref<?>) foreignKey.column().get(parent);
			Object key = (current == null) ? null : current.id();
			foreignKey.column().set(parent, Ref.loaded(key, related));
			OneToOneSides.forwardLoaded(context, foreignKey, parent, related);
		}
		else if (relation instanceof ReverseRelation reverse) {
			Object accessor = context.accessor(reverse, parent);
			if (accessor instanceof ReverseOneToOneAccessor<?> single) {
				((ReverseOneToOneAccessor<Object>) single).preload(related);
			}
			OneToOneSides.reverseLoaded(reverse, parent, related);
		}
	}

	@Override
	public String toString() {
		return "QuerySet[" + this.model.name() + ", " + this.state + "]";
	}
}
