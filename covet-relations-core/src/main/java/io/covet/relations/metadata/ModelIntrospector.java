package io.covet.relations.metadata;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.ForeignKey;
import io.covet.relations.annotation.GenericForeignKey;
import io.covet.relations.annotation.GenericRelation;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.annotation.Transient;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.relation.RelatedObject;

/**
 * Reads one model class into a {@link ModelMeta}: the first phase of building a registry. Relation targets are
 * linked afterwards by {@link ModelRegistry}, once every model is known.
 */
final class ModelIntrospector {

	private ModelIntrospector() {
	}

	static <T> ModelMeta<T> introspect(Class<T> type) {
		return introspect(type, null);
	}

	/**
	 * Reads a model; {@code parent} is the model it extends (already read), or {@code null}. A subclass shares its
	 * parent's column and relation metadata and declares only what its own classes add.
	 */
	static <T> ModelMeta<T> introspect(Class<T> type, ModelMeta<?> parent) {
		if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
			throw new ModelDefinitionException(type, null, "a model must be a concrete class");
		}
		Model model = type.getAnnotation(Model.class);
		InheritanceKind kind = inheritanceKind(type, parent);
		boolean sharesTable = kind == InheritanceKind.PROXY || kind == InheritanceKind.SINGLE_TABLE;
		String table = sharesTable ? parent.table()
				: (model != null && !model.table().isEmpty()) ? model.table() : Naming.snakeCase(type.getSimpleName());
		String namespace = (model != null && !model.namespace().isEmpty()) ? model.namespace()
				: (parent != null) ? parent.namespace() : defaultNamespace(type);
		Identifiers.validate(type, null, table);

		List<FieldMeta> fields = new ArrayList<>();
		List<PendingRelation> relations = new ArrayList<>();
		List<PendingManyToMany> manyToMany = new ArrayList<>();
		List<GenericForeignKeyMeta> genericKeys = new ArrayList<>();
		List<String[]> genericRelations = new ArrayList<>();
		List<Class<?>> genericRelationTypes = new ArrayList<>();
		Map<String, Field> accessors = new LinkedHashMap<>();
		Map<String, Field> transients = new LinkedHashMap<>();
		FieldMeta primaryKey = null;

		for (Field field : declaredFieldsTopDown(type)) {
			int modifiers = field.getModifiers();
			if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
				continue;
			}
			boolean inherited = parent != null && field.getDeclaringClass().isAssignableFrom(parent.type());
			if (inherited) {
				// Declared up the hierarchy: the parent's metadata covers it. A proxy or single-table subclass keeps
				// the accessor and transient fields so that its instances are bound like the parent's.
				if (kind == InheritanceKind.JOINED) {
					continue;
				}
				field.setAccessible(true);
				Class<?> inheritedType = field.getType();
				if (inheritedType == RelatedManager.class || inheritedType == RelatedObject.class
						|| inheritedType == ManyRelatedManager.class) {
					accessors.put(field.getName(), field);
				}
				else if (isTransient(field)) {
					transients.put(field.getName(), field);
				}
				continue;
			}
			field.setAccessible(true);
			if (field.isAnnotationPresent(Transient.class) || Modifier.isTransient(modifiers)) {
				transients.put(field.getName(), field);
				continue;
			}
			Class<?> fieldType = field.getType();
			if (fieldType == GenericRef.class || field.isAnnotationPresent(GenericForeignKey.class)) {
				GenericForeignKey annotation = field.getAnnotation(GenericForeignKey.class);
				if (fieldType != GenericRef.class || annotation == null) {
					throw new ModelDefinitionException(type, field.getName(),
							"a generic foreign key is a GenericRef field annotated with @GenericForeignKey");
				}
				genericKeys.add(new GenericForeignKeyMeta(field.getName(), field, annotation.ctField(), annotation.idField()));
				continue;
			}
			if (field.isAnnotationPresent(GenericRelation.class)) {
				if (fieldType != RelatedManager.class || Modifier.isFinal(modifiers)) {
					throw new ModelDefinitionException(type, field.getName(),
							"a @GenericRelation field must be a non-final RelatedManager<Related>");
				}
				GenericRelation annotation = field.getAnnotation(GenericRelation.class);
				genericRelations.add(new String[] { field.getName(), annotation.value().getName(), annotation.field() });
				genericRelationTypes.add(annotation.value());
				accessors.put(field.getName(), field);
				continue;
			}
			if (fieldType == ManyRelatedManager.class && field.isAnnotationPresent(ManyToMany.class)) {
				if (Modifier.isFinal(modifiers)) {
					throw new ModelDefinitionException(type, field.getName(),
							"a many-to-many field must not be final, the library binds it on save and load");
				}
				manyToMany.add(readManyToMany(type, field));
				accessors.put(field.getName(), field);
				continue;
			}
			if (fieldType == RelatedManager.class || fieldType == RelatedObject.class
					|| fieldType == ManyRelatedManager.class) {
				if (Modifier.isFinal(modifiers)) {
					throw new ModelDefinitionException(type, field.getName(),
							"a reverse accessor field must not be final, the library binds it on save and load");
				}
				accessors.put(field.getName(), field);
				continue;
			}
			ForeignKey foreignKey = field.getAnnotation(ForeignKey.class);
			OneToOne oneToOne = field.getAnnotation(OneToOne.class);
			if (foreignKey != null || oneToOne != null || fieldType == Ref.class) {
				PendingRelation relation = readRelation(type, field, foreignKey, oneToOne);
				fields.add(relation.column);
				relations.add(relation);
				continue;
			}
			FieldMeta column = readColumn(type, field);
			if (kind == InheritanceKind.PROXY) {
				throw new ModelDefinitionException(type, field.getName(),
						"a proxy declares no columns of its own; it uses the table of " + parent.name());
			}
			if (column.primaryKey()) {
				if (primaryKey != null) {
					throw new ModelDefinitionException(type, field.getName(),
							"a model has exactly one @Id field; " + primaryKey.name() + " is one already");
				}
				primaryKey = column;
				fields.add(0, column);
			}
			else {
				fields.add(column);
			}
		}
		List<FieldMeta> own = new ArrayList<>(fields);
		FieldMeta parentKey = null;
		if (parent != null && sharesTable) {
			if (primaryKey != null) {
				throw new ModelDefinitionException(type, primaryKey.name(), "the key is inherited from " + parent.name());
			}
			primaryKey = parent.primaryKey();
			List<FieldMeta> all = new ArrayList<>(parent.fields());
			all.addAll(fields);
			fields = all;
		}
		else if (parent != null) {
			if (primaryKey != null) {
				throw new ModelDefinitionException(type, primaryKey.name(), "the key is inherited from " + parent.name());
			}
			// Multi-table child: its key column points at the parent's row and holds the same (inherited) key.
			FieldMeta inheritedKey = parent.primaryKey();
			String column = Naming.composed(Naming.snakeCase(parent.name()) + "_ptr_id");
			parentKey = new FieldMeta(inheritedKey.name(), column, inheritedKey.valueType(), false, true, false, 0, true,
					false, keyField(type, parent));
			primaryKey = parentKey;
			fields.add(0, parentKey);
			own.add(0, parentKey);
		}
		if (primaryKey == null) {
			throw new ModelDefinitionException(type, null, "no field is annotated with @Id");
		}
		checkDuplicateColumns(type, fields);
		ModelMeta<T> meta = new ModelMeta<>(type, type.getSimpleName(), table, namespace, primaryKey, fields, accessors,
				transients, noArgConstructor(type));
		for (FieldMeta field : own) {
			field.attach(meta, null);
		}
		if (parent != null) {
			meta.inherit(kind, parent);
			if (sharesTable) {
				for (ForeignKeyRelation relation : parent.forwardRelations()) {
					meta.addForward(relation);
				}
				for (GenericForeignKeyMeta key : parent.genericForeignKeys()) {
					meta.addGenericForeignKey(key);
				}
			}
			else {
				ForeignKeyRelation link = new ForeignKeyRelation(Naming.lowerCamel(parent.name()) + "Ptr",
						RelationKind.ONE_TO_ONE, meta, parentKey, parent.type(), Naming.lowerCamel(type.getSimpleName()),
						OnDelete.CASCADE, "", "");
				parentKey.attach(meta, link);
				parentKey.markParentLink();
				meta.addForward(link);
				meta.setParentLink(link);
			}
		}
		if (model != null && model.ordering().length > 0) {
			meta.setDefaultOrdering(List.of(model.ordering()));
		}
		else if (parent != null) {
			meta.setDefaultOrdering(parent.defaultOrdering());
		}
		Discriminators.configure(meta, parent);
		for (PendingRelation pending : relations) {
			ForeignKeyRelation relation = new ForeignKeyRelation(pending.column.name(), pending.kind, meta,
					pending.column, pending.target, pending.relatedName, pending.onDelete, pending.onDeleteValue,
					pending.toField);
			pending.column.attach(meta, relation);
			meta.addForward(relation);
		}
		for (GenericForeignKeyMeta key : genericKeys) {
			meta.addGenericForeignKey(key);
		}
		for (int i = 0; i < genericRelations.size(); i++) {
			meta.pendingGenericRelations.add(new ModelMeta.PendingGenericRelation(genericRelations.get(i)[0],
					genericRelationTypes.get(i), genericRelations.get(i)[2]));
		}
		for (PendingManyToMany pending : manyToMany) {
			meta.addManyToMany(new ManyToManyRelation(pending.name, meta, pending.target, pending.relatedName,
					pending.through, pending.throughFields, pending.symmetrical, pending.table));
		}
		return meta;
	}

	private static PendingManyToMany readManyToMany(Class<?> type, Field field) {
		ManyToMany annotation = field.getAnnotation(ManyToMany.class);
		PendingManyToMany pending = new PendingManyToMany();
		pending.name = field.getName();
		pending.target = typeArgument(type, field, "ManyRelatedManager<Target>");
		pending.relatedName = annotation.relatedName().isEmpty() ? Naming.lowerCamel(type.getSimpleName()) + "Set"
				: annotation.relatedName();
		pending.through = annotation.through();
		pending.throughFields = List.of(annotation.throughFields());
		if (!pending.throughFields.isEmpty() && pending.throughFields.size() != 2) {
			throw new ModelDefinitionException(type, field.getName(),
					"throughFields names two fields: the key to the source, then the key to the target");
		}
		pending.symmetrical = annotation.symmetrical();
		pending.table = annotation.table();
		if (!pending.table.isEmpty()) {
			Identifiers.validate(type, field.getName(), pending.table);
		}
		return pending;
	}

	private static Class<?> typeArgument(Class<?> type, Field field, String expected) {
		Type generic = field.getGenericType();
		if (!(generic instanceof ParameterizedType parameterized)
				|| !(parameterized.getActualTypeArguments()[0] instanceof Class<?> target)) {
			throw new ModelDefinitionException(type, field.getName(), "declare the target as " + expected + " with a concrete class");
		}
		return target;
	}

	private static InheritanceKind inheritanceKind(Class<?> type, ModelMeta<?> parent) {
		if (parent == null) {
			return InheritanceKind.ROOT;
		}
		if (type.isAnnotationPresent(Proxy.class)) {
			return InheritanceKind.PROXY;
		}
		ModelMeta<?> root = parent;
		while (root.parent() != null) {
			root = root.parent();
		}
		Inheritance inheritance = root.type().getAnnotation(Inheritance.class);
		if (inheritance == null) {
			throw new ModelDefinitionException(type, null, "extends the model " + parent.name()
					+ "; annotate the hierarchy's root with @Inheritance, mark this class @Proxy, or make the parent a"
					+ " plain abstract base");
		}
		return inheritance.value() == Inheritance.Strategy.SINGLE_TABLE ? InheritanceKind.SINGLE_TABLE : InheritanceKind.JOINED;
	}

	private static boolean isTransient(Field field) {
		return field.isAnnotationPresent(Transient.class) || Modifier.isTransient(field.getModifiers());
	}

	/** The Java field holding the key, declared on the hierarchy's root. */
	private static Field keyField(Class<?> type, ModelMeta<?> parent) {
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			for (Field field : c.getDeclaredFields()) {
				if (field.isAnnotationPresent(Id.class)) {
					field.setAccessible(true);
					return field;
				}
			}
		}
		throw new ModelDefinitionException(type, null, "no @Id field in the hierarchy of " + parent.name());
	}

	private static String defaultNamespace(Class<?> type) {
		String pkg = type.getPackageName();
		return pkg.isEmpty() ? "default" : pkg.substring(pkg.lastIndexOf('.') + 1);
	}

	private static List<Field> declaredFieldsTopDown(Class<?> type) {
		Deque<Class<?>> hierarchy = new ArrayDeque<>();
		for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
			hierarchy.push(c);
		}
		List<Field> fields = new ArrayList<>();
		for (Class<?> c : hierarchy) {
			fields.addAll(List.of(c.getDeclaredFields()));
		}
		return fields;
	}

	private static FieldMeta readColumn(Class<?> type, Field field) {
		Class<?> fieldType = field.getType();
		if (!ValueTypes.isSupported(fieldType)) {
			throw new ModelDefinitionException(type, field.getName(), "type " + field.getGenericType().getTypeName()
					+ " cannot be mapped to a column; use a supported value type, Ref<T> with @ForeignKey,"
					+ " RelatedManager/RelatedObject for a reverse side, or mark the field @Transient");
		}
		Id id = field.getAnnotation(Id.class);
		Column column = field.getAnnotation(Column.class);
		String columnName = (id != null && !id.column().isEmpty()) ? id.column()
				: (column != null && !column.name().isEmpty()) ? column.name() : Naming.snakeCase(field.getName());
		Identifiers.validate(type, field.getName(), columnName);
		boolean primitive = fieldType.isPrimitive();
		if (id != null) {
			boolean generated = id.generated() && ValueTypes.isGeneratable(fieldType);
			if (!ValueTypes.isGeneratable(fieldType) && fieldType != String.class && fieldType != java.util.UUID.class) {
				throw new ModelDefinitionException(type, field.getName(),
						"a primary key must be Long, Integer, String or UUID, not " + fieldType.getName());
			}
			return new FieldMeta(field.getName(), columnName, ValueTypes.box(fieldType), false, true, false,
					column != null ? column.length() : 0, true, generated, field);
		}
		boolean nullable = !primitive && (column == null || column.nullable());
		return new FieldMeta(field.getName(), columnName, ValueTypes.box(fieldType), nullable,
				column != null && column.unique(), column != null && column.dbIndex(), column != null ? column.length() : 0,
				false, false, field);
	}

	private static PendingRelation readRelation(Class<?> type, Field field, ForeignKey foreignKey, OneToOne oneToOne) {
		if (foreignKey != null && oneToOne != null) {
			throw new ModelDefinitionException(type, field.getName(), "use either @ForeignKey or @OneToOne, not both");
		}
		if (field.getType() != Ref.class) {
			throw new ModelDefinitionException(type, field.getName(), "a relation field must have type Ref<Target>, not "
					+ field.getGenericType().getTypeName());
		}
		if (foreignKey == null && oneToOne == null) {
			throw new ModelDefinitionException(type, field.getName(),
					"a Ref field needs @ForeignKey or @OneToOne to say how it relates");
		}
		Type generic = field.getGenericType();
		if (!(generic instanceof ParameterizedType parameterized)
				|| !(parameterized.getActualTypeArguments()[0] instanceof Class<?> target)) {
			throw new ModelDefinitionException(type, field.getName(), "declare the target as Ref<Target> with a concrete class");
		}
		PendingRelation pending = new PendingRelation();
		pending.target = target;
		String columnName;
		boolean nullable;
		boolean index;
		if (foreignKey != null) {
			pending.kind = RelationKind.FOREIGN_KEY;
			pending.relatedName = foreignKey.relatedName().isEmpty() ? Naming.lowerCamel(type.getSimpleName()) + "Set"
					: foreignKey.relatedName();
			pending.onDelete = foreignKey.onDelete();
			pending.onDeleteValue = foreignKey.onDeleteValue();
			pending.toField = foreignKey.toField();
			columnName = foreignKey.column();
			nullable = foreignKey.nullable();
			index = foreignKey.dbIndex();
		}
		else {
			pending.kind = RelationKind.ONE_TO_ONE;
			pending.relatedName = oneToOne.relatedName().isEmpty() ? Naming.lowerCamel(type.getSimpleName())
					: oneToOne.relatedName();
			pending.onDelete = oneToOne.onDelete();
			pending.onDeleteValue = oneToOne.onDeleteValue();
			pending.toField = oneToOne.toField();
			columnName = oneToOne.column();
			nullable = oneToOne.nullable();
			index = false;
		}
		// Relations declared on an abstract base name their reverse side per concrete class: "{class}s" -> "notes".
		pending.relatedName = pending.relatedName.replace("{class}", Naming.lowerCamel(type.getSimpleName()));
		if (pending.onDelete == OnDelete.SET_NULL && !nullable) {
			throw new ModelDefinitionException(type, field.getName(),
					"onDelete = SET_NULL needs a nullable foreign key; add nullable = true");
		}
		if (pending.onDelete == OnDelete.SET && pending.onDeleteValue.isEmpty()) {
			throw new ModelDefinitionException(type, field.getName(), "onDelete = SET needs onDeleteValue");
		}
		if (columnName.isEmpty()) {
			columnName = Naming.snakeCase(field.getName()) + "_id";
		}
		Identifiers.validate(type, field.getName(), columnName);
		// The value type is only known after linking (the target's key type); Object until then.
		pending.column = new FieldMeta(field.getName(), columnName, Object.class, nullable,
				pending.kind == RelationKind.ONE_TO_ONE, index, 0, false, false, field);
		return pending;
	}

	/**
	 * Refuses two fields of one table on one column, also when the names differ only in case. Fields already
	 * attached (those of a single-table hierarchy's members) are named with their own class.
	 */
	static void checkDuplicateColumns(Class<?> type, List<FieldMeta> fields) {
		Map<String, FieldMeta> seen = new LinkedHashMap<>();
		for (FieldMeta field : fields) {
			FieldMeta previous = seen.putIfAbsent(Identifiers.caseFolded(field.column()), field);
			if (previous != null) {
				throw new ModelDefinitionException(owner(type, field), field.name(), "column '" + field.column()
						+ "' is also used by field " + owner(type, previous).getSimpleName() + "." + previous.name()
						+ (previous.column().equals(field.column()) ? "" : " as '" + previous.column()
								+ "' (names differ only in case, which SQLite and MariaDB do not tell apart)"));
			}
		}
	}

	private static Class<?> owner(Class<?> type, FieldMeta field) {
		return (field.model() != null) ? field.model().type() : type;
	}

	private static <T> Constructor<T> noArgConstructor(Class<T> type) {
		try {
			Constructor<T> constructor = type.getDeclaredConstructor();
			constructor.setAccessible(true);
			return constructor;
		}
		catch (NoSuchMethodException ex) {
			throw new ModelDefinitionException(type, null,
					"needs a no-argument constructor (it may be private) so that rows can be read into it");
		}
	}

	private static final class PendingManyToMany {

		String name;

		Class<?> target;

		String relatedName;

		Class<?> through;

		List<String> throughFields;

		boolean symmetrical;

		String table;
	}

	private static final class PendingRelation {

		FieldMeta column;

		RelationKind kind;

		Class<?> target;

		String relatedName;

		OnDelete onDelete;

		String onDeleteValue;

		String toField;
	}
}
