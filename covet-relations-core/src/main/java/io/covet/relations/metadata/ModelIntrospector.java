package io.covet.relations.metadata;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.covet.relations.annotation.DiscriminatorValue;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.annotation.Model;
import io.covet.relations.annotation.OnDelete;
import io.covet.relations.annotation.Proxy;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.query.Q;

/**
 * Reads one model class into a {@link ModelMeta}: the first phase of building a registry. {@link DeclaredFields}
 * reads what the class declares; this class places it in the hierarchy (the inherited key and relations, a
 * multi-table child's link to its parent). Relation targets are linked afterwards by {@link ModelRegistry}, once
 * every model is known.
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
		refuseIgnoredAnnotations(type, parent, kind, model);
		String table = sharesTable ? parent.table()
				: (model != null && !model.table().isEmpty()) ? model.table() : Naming.snakeCase(type.getSimpleName());
		String namespace = (model != null && !model.namespace().isEmpty()) ? model.namespace()
				: (parent != null) ? parent.namespace() : defaultNamespace(type);
		Identifiers.validate(type, null, table);

		DeclaredFields declared = DeclaredFields.read(type, parent, kind);
		FieldMeta primaryKey = declared.primaryKey;
		List<FieldMeta> own = new ArrayList<>(declared.columns);
		List<FieldMeta> fields = new ArrayList<>(declared.columns);
		FieldMeta parentKey = null;
		if (parent != null) {
			if (primaryKey != null) {
				throw new ModelDefinitionException(type, primaryKey.name(), "the key is inherited from " + parent.name());
			}
			if (sharesTable) {
				primaryKey = parent.primaryKey();
				fields.addAll(0, parent.fields());
			}
			else {
				parentKey = parentKey(type, parent);
				primaryKey = parentKey;
				fields.add(0, parentKey);
				own.add(0, parentKey);
			}
		}
		if (primaryKey == null) {
			throw new ModelDefinitionException(type, null, "no field is annotated with @Id");
		}
		checkDuplicateColumns(type, fields);
		ModelMeta<T> meta = new ModelMeta<>(type, type.getSimpleName(), table, namespace, primaryKey, fields,
				declared.accessors, declared.transients, noArgConstructor(type));
		for (FieldMeta field : own) {
			field.attach(meta, null);
		}
		if (parent != null) {
			inherit(meta, kind, parent, parentKey);
		}
		if (model != null && model.ordering().length > 0) {
			meta.setDefaultOrdering(List.of(model.ordering()));
		}
		else if (parent != null) {
			meta.setDefaultOrdering(parent.defaultOrdering());
		}
		meta.setDefaultFilter(defaultFilter(type));
		Discriminators.configure(meta, parent);
		for (DeclaredRelation relation : declared.relations) {
			meta.addForward(relation.attachTo(meta));
		}
		for (GenericForeignKeyMeta key : declared.genericKeys) {
			meta.addGenericForeignKey(key);
		}
		meta.pendingGenericRelations.addAll(declared.genericRelations);
		for (DeclaredManyToMany manyToMany : declared.manyToMany) {
			meta.addManyToMany(manyToMany.on(meta));
		}
		return meta;
	}

	/** A multi-table child's key column: it points at the parent's row and holds the same (inherited) key. */
	private static FieldMeta parentKey(Class<?> type, ModelMeta<?> parent) {
		FieldMeta inheritedKey = parent.primaryKey();
		String column = Naming.composed(Naming.snakeCase(parent.name()) + "_ptr_id");
		return new FieldMeta(inheritedKey.name(), column, inheritedKey.valueType(), false, true, false, 0, true, false,
				keyField(type, parent));
	}

	/**
	 * A child sharing its parent's table has the parent's relations too; a multi-table child gets the one-to-one link
	 * to its parent's row, which deleting the parent's row cascades along.
	 */
	private static void inherit(ModelMeta<?> meta, InheritanceKind kind, ModelMeta<?> parent, FieldMeta parentKey) {
		meta.inherit(kind, parent);
		if (parentKey == null) {
			for (ForeignKeyRelation relation : parent.forwardRelations()) {
				meta.addForward(relation);
			}
			for (GenericForeignKeyMeta key : parent.genericForeignKeys()) {
				meta.addGenericForeignKey(key);
			}
			if (parent.parentLink() != null) {
				// A proxy of a multi-table child: its rows span the child's table and the parents' tables too.
				meta.setParentLink(parent.parentLink());
			}
			return;
		}
		ForeignKeyRelation link = new ForeignKeyRelation(Naming.lowerCamel(parent.name()) + "Ptr",
				RelationKind.ONE_TO_ONE, meta, parentKey, parent.type(), Naming.lowerCamel(meta.type().getSimpleName()),
				OnDelete.CASCADE, "", "");
		parentKey.attach(meta, link);
		parentKey.markParentLink();
		meta.addForward(link);
		meta.setParentLink(link);
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

	/**
	 * Refuses annotations the class's place in its hierarchy would silently ignore: each one says something the
	 * schema or the rows would then not do.
	 */
	private static void refuseIgnoredAnnotations(Class<?> type, ModelMeta<?> parent, InheritanceKind kind, Model model) {
		if (kind == InheritanceKind.ROOT && type.isAnnotationPresent(Proxy.class)) {
			throw new ModelDefinitionException(type, null, "@Proxy stands for the rows of the model it extends, but no"
					+ " superclass is annotated with @Model; extend the model, or remove @Proxy");
		}
		if (parent != null && type.isAnnotationPresent(Inheritance.class)) {
			throw new ModelDefinitionException(type, null, "@Inheritance is read on the hierarchy's root only, and "
					+ parent.name() + " is above this class; remove it here (a hierarchy has one strategy)");
		}
		boolean sharesTable = kind == InheritanceKind.PROXY || kind == InheritanceKind.SINGLE_TABLE;
		if (sharesTable && model != null && !model.table().isEmpty()) {
			throw new ModelDefinitionException(type, null, "a " + (kind == InheritanceKind.PROXY ? "proxy" : "single-table subclass")
					+ " uses the table of " + parent.name() + " ('" + parent.table() + "'); remove table = \"" + model.table() + "\"");
		}
		if (type.isAnnotationPresent(DiscriminatorValue.class) && kind != InheritanceKind.SINGLE_TABLE) {
			Inheritance inheritance = type.getAnnotation(Inheritance.class);
			boolean singleTableRoot = kind == InheritanceKind.ROOT && inheritance != null
					&& inheritance.value() == Inheritance.Strategy.SINGLE_TABLE;
			if (!singleTableRoot) {
				String why = switch (kind) {
					case PROXY -> "a proxy writes the value of the class it stands for";
					case JOINED -> "a multi-table child has no discriminator column: its own table tells its rows apart";
					default -> "the class is not in a single-table hierarchy (@Inheritance(SINGLE_TABLE) on its root)";
				};
				throw new ModelDefinitionException(type, null, "@DiscriminatorValue would be ignored: " + why
						+ "; remove it");
			}
		}
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

	/**
	 * The class's own {@code defaultFilter()} (a subclass does not inherit its parent's), refused at startup when it
	 * is not a static method returning {@code Q}, rather than at the model's first query.
	 */
	private static Method defaultFilter(Class<?> type) {
		Method method;
		try {
			method = type.getDeclaredMethod("defaultFilter");
		}
		catch (NoSuchMethodException ex) {
			return null;
		}
		if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != Q.class) {
			throw new ModelDefinitionException(type, "defaultFilter", "must be a static method returning Q");
		}
		method.setAccessible(true);
		return method;
	}

	private static String defaultNamespace(Class<?> type) {
		String pkg = type.getPackageName();
		return pkg.isEmpty() ? "default" : pkg.substring(pkg.lastIndexOf('.') + 1);
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
}
