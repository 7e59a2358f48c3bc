package io.covet.relations.metadata;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
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

	private List<FieldMeta> fields;

	private final Map<String, FieldMeta> fieldsByName = new LinkedHashMap<>();

	private final Map<String, FieldMeta> fieldsByColumn = new LinkedHashMap<>();

	private final Map<String, ForeignKeyRelation> forwardRelations = new LinkedHashMap<>();

	private final Map<String, ReverseRelation> reverseRelations = new LinkedHashMap<>();

	private final Map<String, ManyToManySide> manyToMany = new LinkedHashMap<>();

	private final List<List<FieldMeta>> uniqueTogether = new ArrayList<>();

	private final Map<String, GenericForeignKeyMeta> genericForeignKeys = new LinkedHashMap<>();

	private final Map<String, GenericRelationMeta> genericRelations = new LinkedHashMap<>();

	private InheritanceKind inheritance = InheritanceKind.ROOT;

	private ModelMeta<?> parent;

	private ForeignKeyRelation parentLink;

	private FieldMeta discriminator;

	private String discriminatorValue;

	/** The hierarchy's values and their models, shared by its classes; {@code null} outside a single-table hierarchy. */
	private Discriminators discriminators;

	private final List<ModelMeta<?>> children = new ArrayList<>();

	private List<FieldMeta> selectFields;

	private List<String> defaultOrdering = List.of();

	private Method defaultFilter;

	/** {@code @GenericRelation} fields until the registry links them. */
	final List<PendingGenericRelation> pendingGenericRelations = new ArrayList<>();

	record PendingGenericRelation(String name, Class<?> relatedType, String keyField) {
	}

	private final Map<String, Field> accessorFields;

	private final Map<String, Field> transientFields;

	private final Instantiator<T> instantiator;

	private List<FieldMeta> insertableFields;

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
		this.instantiator = Instantiator.of(constructor);
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

	void inherit(InheritanceKind kind, ModelMeta<?> parent) {
		this.inheritance = kind;
		this.parent = parent;
		parent.children.add(this);
	}

	/**
	 * Sets the one-to-one key to the parent's row: on a multi-table child, its own; on a proxy of one, the child's,
	 * since the proxy's rows are the child's rows.
	 */
	void setParentLink(ForeignKeyRelation link) {
		this.parentLink = link;
	}

	void setDiscriminator(FieldMeta discriminator, String value, Discriminators discriminators) {
		this.discriminator = discriminator;
		this.discriminatorValue = value;
		this.discriminators = discriminators;
	}

	Discriminators discriminators() {
		return this.discriminators;
	}

	/** Adds a computed column (the discriminator) right after the key. */
	void addComputedField(FieldMeta field) {
		List<FieldMeta> all = new ArrayList<>(this.fields);
		all.add(1, field);
		this.fields = List.copyOf(all);
		this.fieldsByName.put(field.name(), field);
		this.fieldsByColumn.put(field.column(), field);
		List<FieldMeta> insertable = new ArrayList<>(this.insertableFields);
		insertable.add(field);
		this.insertableFields = List.copyOf(insertable);
	}

	/** The model of a single-table hierarchy that a discriminator value read from a row names, or {@code null}. */
	public ModelMeta<?> modelForDiscriminator(String value) {
		return (this.discriminators == null) ? null : this.discriminators.modelFor(value);
	}

	void setSelectFields(List<FieldMeta> selectFields) {
		this.selectFields = List.copyOf(selectFields);
	}

	void setDefaultOrdering(List<String> ordering) {
		this.defaultOrdering = List.copyOf(ordering);
	}

	void setDefaultFilter(Method defaultFilter) {
		this.defaultFilter = defaultFilter;
	}

	/**
	 * The class's own {@code static Q defaultFilter()}, checked and made accessible when the model was read, or
	 * {@code null}. Query sets call it for every query, so it may depend on the moment or the request.
	 */
	public Method defaultFilterMethod() {
		return this.defaultFilter;
	}

	/** How this model extends another one. */
	public InheritanceKind inheritance() {
		return this.inheritance;
	}

	/** The model this one extends, or {@code null}. */
	public ModelMeta<?> parent() {
		return this.parent;
	}

	/** Models extending this one directly. */
	public List<ModelMeta<?>> children() {
		return Collections.unmodifiableList(this.children);
	}

	/**
	 * For a multi-table child, or a proxy of one: the one-to-one key to the parent's row (the primary key); else
	 * {@code null}.
	 */
	public ForeignKeyRelation parentLink() {
		return this.parentLink;
	}

	/**
	 * The model whose row the {@link #parentLink() parent link} points at, or {@code null}: a multi-table child's
	 * parent, or for a proxy of such a child, that child's parent (the proxy's own {@link #parent()} is the child).
	 */
	public ModelMeta<?> linkedParent() {
		return (this.parentLink != null) ? this.parentLink.target() : null;
	}

	/** The discriminator column of a single-table hierarchy, or {@code null}. */
	public FieldMeta discriminator() {
		return this.discriminator;
	}

	/** This class's discriminator value in a single-table hierarchy, or {@code null}. */
	public String discriminatorValue() {
		return this.discriminatorValue;
	}

	/** Discriminator values of this class and every class below it. */
	public List<String> discriminatorValues() {
		List<String> values = new ArrayList<>();
		if (this.discriminatorValue != null) {
			values.add(this.discriminatorValue);
		}
		for (ModelMeta<?> child : this.children) {
			if (child.inheritance == InheritanceKind.SINGLE_TABLE) {
				values.addAll(child.discriminatorValues());
			}
		}
		return values;
	}

	/**
	 * Columns a SELECT of this model reads from its own table: its fields, and in a single-table hierarchy the
	 * columns of every class of the hierarchy, so that each row can become an instance of its own class.
	 */
	public List<FieldMeta> selectFields() {
		return (this.selectFields != null) ? this.selectFields : this.fields;
	}

	/** Whether this model's table is another model's (proxies and single-table subclasses share their parent's). */
	public boolean sharesTable() {
		return this.inheritance == InheritanceKind.PROXY || this.inheritance == InheritanceKind.SINGLE_TABLE;
	}

	/**
	 * The model that owns this model's table: this one, or for a proxy or single-table child the model up the chain
	 * whose table it shares. Generic keys store its content type for the rows of every model of the table.
	 */
	public ModelMeta<?> tableOwner() {
		ModelMeta<?> owner = this;
		while (owner.sharesTable()) {
			owner = owner.parent;
		}
		return owner;
	}

	/** The model a proxy stands for (Django's concrete model): this one, unless it is a proxy. */
	public ModelMeta<?> concreteModel() {
		ModelMeta<?> concrete = this;
		while (concrete.inheritance == InheritanceKind.PROXY) {
			concrete = concrete.parent;
		}
		return concrete;
	}

	/** Default ordering of query sets ({@code @Model(ordering = ...)}). */
	public List<String> defaultOrdering() {
		return this.defaultOrdering;
	}

	/**
	 * Every model whose rows live in the same table rows as this model's (its single-table and proxy relatives),
	 * this one included: a delete of its rows must honour their relations too.
	 */
	public List<ModelMeta<?>> tableFamily() {
		List<ModelMeta<?>> family = new ArrayList<>();
		collectSharing(tableOwner(), family);
		return family;
	}

	private static void collectSharing(ModelMeta<?> model, List<ModelMeta<?>> into) {
		into.add(model);
		for (ModelMeta<?> child : model.children) {
			if (child.sharesTable()) {
				collectSharing(child, into);
			}
		}
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

	/** The model's class. */
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

	/** The primary key field; a multi-table child's is its link to the parent. */
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

	/**
	 * This model, then its multi-table parents, nearest first: the models whose rows (and fields) one instance of
	 * this model carries. Proxies and single-table subclasses share their parent's row and are not followed; a proxy
	 * of a multi-table child is followed by the child's parents (its {@link #linkedParent()}).
	 */
	public List<ModelMeta<?>> withParents() {
		List<ModelMeta<?>> chain = new ArrayList<>();
		for (ModelMeta<?> owner = this; owner != null; owner = owner.linkedParent()) {
			chain.add(owner);
		}
		return chain;
	}

	/**
	 * A field of this model or, for a multi-table child, of one of its parents (whose rows the child's instances
	 * carry too), else {@code null}.
	 */
	public FieldMeta fieldOrInherited(String name) {
		for (ModelMeta<?> owner : withParents()) {
			FieldMeta field = owner.field(name);
			if (field != null) {
				return field;
			}
		}
		return null;
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

	/** The foreign keys and one-to-ones the model declares, by name. */
	public Collection<ForeignKeyRelation> forwardRelations() {
		return Collections.unmodifiableCollection(this.forwardRelations.values());
	}

	/** The reverse sides of other models' foreign keys and one-to-ones that point here, by related name. */
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

	/** A new instance through the no-argument constructor. */
	public T newInstance() {
		return this.instantiator.newInstance();
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
