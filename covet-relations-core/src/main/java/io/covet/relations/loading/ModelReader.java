package io.covet.relations.loading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import io.covet.relations.dialect.ColumnReader;
import io.covet.relations.exception.InvalidValueException;
import io.covet.relations.internal.AccessorBinder;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.metadata.FieldMeta;
import io.covet.relations.metadata.GenericForeignKeyMeta;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.ValueTypes;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.GenericResolver;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RefResolver;

/**
 * Reads instances of one model from its columns of a result set: plain values through the dialect, foreign keys as
 * unloaded {@link Ref}s that can only be fetched explicitly, reverse accessors bound to the instance. Everything a
 * row needs (column readers, setters, resolvers, accessor binders) is worked out when the reader is built, so
 * reading a row runs no lookups; that is most of the distance between an ORM's row loop and a hand-written one.
 *
 * @param <T> the model read
 */
public final class ModelReader<T> {

	private final CovetContext context;

	private final ModelMeta<T> model;

	private final Class<?> keyType;

	private final ColumnReader keyReader;

	/** Column of the discriminator relative to the model's first column, or -1 without single-table subclasses. */
	private final int discriminatorIndex;

	/** The layout of {@link #model}'s own instances; discriminated rows look theirs up in {@link #layouts}. */
	private final Layout layout;

	private final Map<ModelMeta<?>, Layout> layouts = new ConcurrentHashMap<>();

	/** What this reader leaves alone because the query's caller sets it. */
	private final Deferred deferred;

	private final Map<Deferred, ModelReader<T>> deferring = new ConcurrentHashMap<>();

	ModelReader(CovetContext context, ModelMeta<T> model) {
		this(context, model, new Deferred(Set.of(), Set.of()));
	}

	private ModelReader(CovetContext context, ModelMeta<T> model, Deferred deferred) {
		this.context = context;
		this.model = model;
		this.deferred = deferred;
		List<FieldMeta> fields = model.selectFields();
		this.keyType = fields.get(0).valueType();
		this.keyReader = context.dialect().columnReader(this.keyType);
		FieldMeta discriminator = model.discriminator();
		this.discriminatorIndex = (discriminator != null) ? fields.indexOf(discriminator) : -1;
		this.layout = new Layout(model);
	}

	/**
	 * A reader that leaves the given foreign keys and generic foreign keys unset, for a query whose caller sets them
	 * to loaded references (a join's object, a prefetch's targets), so no unloaded reference is made and dropped per
	 * row. Deferred foreign keys are not read at all; a deferred generic key's two columns still are, into their
	 * fields, and the {@link GenericRef} field stays {@code null} until the caller sets it.
	 */
	public ModelReader<T> deferring(Set<FieldMeta> foreignKeys, Set<GenericForeignKeyMeta> genericKeys) {
		if (foreignKeys.isEmpty() && genericKeys.isEmpty()) {
			return this;
		}
		return this.deferring.computeIfAbsent(new Deferred(Set.copyOf(foreignKeys), Set.copyOf(genericKeys)),
				deferred -> new ModelReader<>(this.context, this.model, deferred));
	}

	/** Index of a field's column relative to the reader's first column (its own fields, then its parents'). */
	public int columnOf(FieldMeta field) {
		int offset = 0;
		for (ModelMeta<?> owner : this.model.withParents()) {
			int index = owner.selectFields().indexOf(field);
			if (index >= 0) {
				return offset + index;
			}
			offset += owner.selectFields().size();
		}
		throw new IllegalArgumentException(field.describe() + " is not a column of " + this.model.name());
	}

	/** The model this reader reads. */
	public ModelMeta<T> model() {
		return this.model;
	}

	/**
	 * Reads one instance whose columns start at {@code offset} (1-based) in the model's field order, followed by its
	 * multi-table parents' columns; {@code null} when the key column is NULL (an outer join that matched nothing).
	 * Its unloaded references come from {@code refs}, one per result set, so rows with the same foreign-key value
	 * share one {@link Ref}.
	 */
	public T read(ResultSet rs, int offset, SharedRefs refs) throws SQLException {
		Object key = key(rs, offset);
		return (key == null) ? null : read(rs, offset, key, refs);
	}

	/** The Java type of the key, the instance's first column, as {@link #key} reads it. */
	public Class<?> keyType() {
		return this.keyType;
	}

	/** How {@link #key} reads the key column. */
	public ColumnReader keyReader() {
		return this.keyReader;
	}

	/** The key of the instance whose columns start at {@code offset}: {@code null} for an outer join's empty side. */
	public Object key(ResultSet rs, int offset) throws SQLException {
		return this.keyReader.read(rs, offset);
	}

	/** {@link #read(ResultSet, int, SharedRefs)} for a row whose (non-null) key the caller has read with {@link #key}. */
	@SuppressWarnings("unchecked")
	public T read(ResultSet rs, int offset, Object key, SharedRefs refs) throws SQLException {
		Layout layout = (this.discriminatorIndex < 0) ? this.layout : layoutFor(rs.getString(offset + this.discriminatorIndex));
		Object instance = layout.concrete.newInstance();
		if (layout.keyField != null) {
			layout.keyField.set(instance, key);
		}
		for (Column column : layout.columns) {
			column.field.set(instance, column.value(rs, offset, refs));
		}
		for (GenericKey generic : layout.generics) {
			generic.meta.set(instance, GenericRef.unloaded(generic.meta.contentTypeId(instance),
					generic.meta.idField().get(instance), generic.resolver));
		}
		for (GenericForeignKeyMeta generic : layout.deferredGenerics) {
			generic.set(instance, null); // not what the class's initializer put there: the caller sets it
		}
		layout.accessors.bind(instance);
		return (T) instance;
	}

	private Layout layoutFor(String discriminatorValue) {
		ModelMeta<?> concrete = this.model.modelForDiscriminator(discriminatorValue);
		if (concrete == null || !this.model.type().isAssignableFrom(concrete.type())) {
			throw new InvalidValueException("Unknown discriminator value '" + discriminatorValue + "' in "
					+ this.model.table() + "." + this.model.discriminator().column() + " for " + this.model.name()
					+ "; known values: " + this.model.discriminatorValues());
		}
		return (concrete == this.model) ? this.layout : this.layouts.computeIfAbsent(concrete, Layout::new);
	}

	/**
	 * One column to set: where it is in the row, how to read it, and for a foreign key how to fetch its target and
	 * whether its key is a {@code Long} or {@code Integer}, matched to a shared reference without boxing it.
	 */
	private record Column(int index, FieldMeta field, ColumnReader reader, RefResolver<?> resolver, Class<?> integralKey) {

		static Column of(int index, FieldMeta field, ColumnReader reader, RefResolver<?> resolver) {
			Class<?> type = field.valueType();
			boolean integral = resolver != null && ValueTypes.isIntegralKey(type);
			return new Column(index, field, reader, resolver, integral ? type : null);
		}

		/** The field's value in the row whose model columns start at {@code offset}. */
		Object value(ResultSet rs, int offset, SharedRefs refs) throws SQLException {
			if (this.resolver == null) {
				return this.reader.read(rs, offset + this.index);
			}
			if (this.integralKey != null) {
				return refs.unloadedIntegral(this.index, rs, offset + this.index, this.integralKey == Integer.class,
						this.resolver);
			}
			return refs.unloaded(this.index, this.reader.read(rs, offset + this.index), this.resolver);
		}
	}

	private record GenericKey(GenericForeignKeyMeta meta, GenericResolver resolver) {
	}

	/** Foreign keys and generic foreign keys a reader leaves for its caller to set. */
	private record Deferred(Set<FieldMeta> foreignKeys, Set<GenericForeignKeyMeta> genericKeys) {
	}

	/**
	 * What an instance of one concrete class gets from a row of {@link #model}: the columns whose fields the class
	 * has (a single-table sibling's columns are skipped), its generic keys and its accessors.
	 */
	private final class Layout {

		private final ModelMeta<?> concrete;

		/** The model's key field, set from the value read to detect an empty outer join; {@code null} when it is a reference. */
		private final FieldMeta keyField;

		/** Every other column to set. */
		private final Column[] columns;

		private final GenericKey[] generics;

		/** Generic keys left unset, for the query's caller to set. */
		private final GenericForeignKeyMeta[] deferredGenerics;

		private final AccessorBinder accessors;

		Layout(ModelMeta<?> concrete) {
			this.concrete = concrete;
			List<Column> columns = new ArrayList<>();
			FieldMeta keyField = null;
			int offset = 0;
			for (ModelMeta<?> owner : ModelReader.this.model.withParents()) {
				List<FieldMeta> fields = owner.selectFields();
				for (int i = 0; i < fields.size(); i++) {
					FieldMeta field = fields.get(i);
					if (field.isComputed() || !field.declaringClass().isAssignableFrom(concrete.type())
							|| ModelReader.this.deferred.foreignKeys().contains(field)) {
						continue;
					}
					RefResolver<?> resolver = field.holdsRef()
							? ModelReader.this.context.resolver(field.relation()) : null;
					if (offset + i == 0 && resolver == null) {
						keyField = field; // read once, by read()
						continue;
					}
					columns.add(Column.of(offset + i, field,
							ModelReader.this.context.dialect().columnReader(field.valueType()), resolver));
				}
				offset += fields.size();
			}
			this.keyField = keyField;
			this.columns = columns.toArray(Column[]::new);
			List<GenericKey> generics = new ArrayList<>();
			List<GenericForeignKeyMeta> deferredGenerics = new ArrayList<>();
			for (ModelMeta<?> owner : concrete.withParents()) {
				for (GenericForeignKeyMeta generic : owner.genericForeignKeys()) {
					if (ModelReader.this.deferred.genericKeys().contains(generic)) {
						deferredGenerics.add(generic);
					}
					else {
						generics.add(new GenericKey(generic, ModelReader.this.context.genericResolver(generic)));
					}
				}
			}
			this.generics = generics.toArray(GenericKey[]::new);
			this.deferredGenerics = deferredGenerics.toArray(GenericForeignKeyMeta[]::new);
			this.accessors = ModelReader.this.context.accessorBinder(concrete);
		}
	}
}
