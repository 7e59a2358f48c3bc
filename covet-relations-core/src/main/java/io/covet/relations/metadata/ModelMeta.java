package io.covet.relations.metadata;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Everything the library knows about one model class: table, columns, key and relations. Built once per class by
 * {@link ModelRegistry} and immutable after the registry links all models.
 */
public final class ModelMeta<T> {

	private final Class<T> type;

	private final String name;

	private final String table;

	private final String namespace;

	private final FieldMeta primaryKey;

	private final List<FieldMeta> fields;

	private final Map<String, FieldMeta> fieldsByName = new LinkedHashMap<>();

	private final Map<String, FieldMeta> fieldsByColumn = new LinkedHashMap<>();

	private final Map<String, ForeignKeyRelation> forwardRelations = new LinkedHashMap<>();

	private final Map<String, ReverseRelation> reverseRelations = new LinkedHashMap<>();

	private final Map<String, ManyToManySide> manyToMany = new LinkedHashMap<>();

	private final List<List<FieldMeta>> uniqueTogether = new ArrayList<>();

	private final Map<String, GenericForeignKeyMeta> genericForeignKeys = new LinkedHashMap<>();

	private final Map<String, GenericRelationMeta> genericRelations = new LinkedHashMap<>();

	/** {@code @GenericRelation} fields until the registry links them. */
	final List<PendingGenericRelation> pendingGenericRelations = new ArrayList<>();

	record PendingGenericRelation(String name, Class<?> relatedType, String keyField) {
	}

	private final Map<String, Field> accessorFields;

	private final Map<String, Field> transientFields;

	private final Constructor<T> constructor;

	private final List<FieldMeta> insertableFields;

	ModelMeta(Class<T> type, String name, String table, String namespace, FieldMeta primaryKey, List<FieldMeta> fields,
			Map<String, Field> accessorFields, Map<String, Field> transientFields, Constructor<T> constructor) {
		this.type = type;
		this.name = name;
		this.table = table;
		this.namespace = namespace;
		this.primaryKey = primaryKey;
		this.fields = List.copyOf(fields);
		this.accessorFields = Map.copyOf(accessorFields);
		this.transientFields = Map.copyOf(transientFields);
		this.constructor = constructor;
		List<FieldMeta> insertable = new ArrayList<>(fields.size());
		for (FieldMeta field : fields) {
			if (!(field.primaryKey() && field.generated())) {
				insertable.add(field);
			}
			this.fieldsByName.put(field.name(), field);
			this.fieldsByColumn.put(field.column(), field);
		}
		this.insertableFields = List.copyOf(insertable);
	}

	void addForward(ForeignKeyRelation relation) {
		this.forwardRelations.put(relation.name(), relation);
	}

	void addReverse(ReverseRelation relation) {
		this.reverseRelations.put(relation.name(), relation);
	}

	void addManyToMany(ManyToManySide relation) {
		this.manyToMany.put(relation.name(), relation);
	}

	void addGenericForeignKey(GenericForeignKeyMeta key) {
		this.genericForeignKeys.put(key.name(), key);
	}

	void addGenericRelation(GenericRelationMeta relation) {
		this.genericRelations.put(relation.name(), relation);
	}

	/** Generic foreign keys declared on this model. */
	public Collection<GenericForeignKeyMeta> genericForeignKeys() {
		return Collections.unmodifiableCollection(this.genericForeignKeys.values());
	}

	/** A generic foreign key by field name, or {@code null}. */
	public GenericForeignKeyMeta genericForeignKey(String name) {
		return this.genericForeignKeys.get(name);
	}

	/** Generic relations ({@code @GenericRelation}) declared on this model. */
	public Collection<GenericRelationMeta> genericRelations() {
		return Collections.unmodifiableCollection(this.genericRelations.values());
	}

	void addUniqueTogether(List<FieldMeta> fields) {
		if (!this.uniqueTogether.contains(fields)) {
			this.uniqueTogether.add(List.copyOf(fields));
		}
	}

	/** Column groups that are unique together (the pair of a many-to-many through table). */
	public List<List<FieldMeta>> uniqueTogether() {
		return Collections.unmodifiableList(this.uniqueTogether);
	}

	/** Many-to-many relations readable from this model, forward and reverse. */
	public Collection<ManyToManySide> manyToManyRelations() {
		return Collections.unmodifiableCollection(this.manyToMany.values());
	}

	/** Whether a relation name is internal (the reverse side of a derived through table's keys). */
	public static boolean isHidden(String relationName) {
		return relationName.startsWith("+");
	}

	public Class<T> type() {
		return this.type;
	}

	/** Simple class name, used in messages and metrics. */
	public String name() {
		return this.name;
	}

	/** Unquoted table name. */
	public String table() {
		return this.table;
	}

	/** Namespace for natural keys ({@code namespace.model}). */
	public String namespace() {
		return this.namespace;
	}

	public FieldMeta primaryKey() {
		return this.primaryKey;
	}

	/** Mapped columns, primary key first, in declaration order. */
	public List<FieldMeta> fields() {
		return this.fields;
	}

	/** Field by Java name, or by column name ({@code author_id}), else {@code null}. */
	public FieldMeta field(String nameOrColumn) {
		FieldMeta field = this.fieldsByName.get(nameOrColumn);
		return (field != null) ? field : this.fieldsByColumn.get(nameOrColumn);
	}

	/** Relation by name (forward field name or reverse related name), else {@code null}. */
	public Relation relation(String name) {
		Relation forward = this.forwardRelations.get(name);
		if (forward != null) {
			return forward;
		}
		Relation reverse = this.reverseRelations.get(name);
		if (reverse != null) {
			return reverse;
		}
		Relation manyToMany = this.manyToMany.get(name);
		return (manyToMany != null) ? manyToMany : this.genericRelations.get(name);
	}

	public Collection<ForeignKeyRelation> forwardRelations() {
		return Collections.unmodifiableCollection(this.forwardRelations.values());
	}

	public Collection<ReverseRelation> reverseRelations() {
		return Collections.unmodifiableCollection(this.reverseRelations.values());
	}

	/**
	 * Field holding the accessor of a relation ({@code RelatedManager}/{@code RelatedObject} for a reverse side,
	 * {@code ManyRelatedManager} for either side of a many-to-many), or {@code null}.
	 */
	public Field accessorField(String relationName) {
		return this.accessorFields.get(relationName);
	}

	Map<String, Field> accessorFields() {
		return this.accessorFields;
	}

	/** A {@code @Transient} field, the destination of {@code Prefetch.toAttr}, or {@code null}. */
	public Field transientField(String name) {
		return this.transientFields.get(name);
	}

	/** Every name a lookup may start with on this model, sorted, for error messages. */
	public Collection<String> queryableNames() {
		TreeSet<String> names = new TreeSet<>(this.fieldsByName.keySet());
		this.reverseRelations.keySet().stream().filter(name -> !isHidden(name)).forEach(names::add);
		names.addAll(this.manyToMany.keySet());
		names.addAll(this.genericRelations.keySet());
		return names;
	}

	/** Creates an empty instance through the no-argument constructor. */
	public T newInstance() {
		try {
			return this.constructor.newInstance();
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("Constructor of " + this.type.getName() + " failed", ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Primary-key value of an instance, {@code null} (or 0 for a primitive generated key) meaning unsaved. */
	public Object primaryKeyValue(Object instance) {
		Object value = this.primaryKey.get(instance);
		if (this.primaryKey.primitive() && value instanceof Number number && number.longValue() == 0) {
			return null;
		}
		return value;
	}

	/** Columns other than a generated primary key: what an INSERT writes. */
	public List<FieldMeta> insertableFields() {
		return this.insertableFields;
	}

	@Override
	public String toString() {
		return "ModelMeta[" + this.name + " -> " + this.table + "]";
	}
}
