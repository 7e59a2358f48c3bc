package io.covet.relations.metadata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.covet.relations.annotation.Tree;
import io.covet.relations.contenttype.ContentType;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.exception.UnknownModelException;
import io.covet.relations.tree.TreeLock;

/**
 * The set of known models, read once and linked: every relation's target resolved, every reverse side attached
 * and checked for clashes. Building a registry is where misconfiguration surfaces, before any query runs.
 */
public final class ModelRegistry {

	private final Map<Class<?>, ModelMeta<?>> models;

	private final List<ModelMeta<?>> all;

	private ModelRegistry(Map<Class<?>, ModelMeta<?>> models, List<ModelMeta<?>> derived) {
		this.models = Collections.unmodifiableMap(models);
		List<ModelMeta<?>> all = new ArrayList<>(models.values());
		all.addAll(derived);
		this.all = List.copyOf(all);
	}

	/** Reads and links the given model classes, as {@link #of(Collection)} does. */
	public static ModelRegistry of(Class<?>... types) {
		return of(Arrays.asList(types));
	}

	/**
	 * Reads and links the given model classes.
	 * @throws ModelDefinitionException naming the class and field of the first problem found
	 */
	public static ModelRegistry of(Collection<Class<?>> types) {
		Map<Class<?>, ModelMeta<?>> models = new LinkedHashMap<>();
		Map<String, ModelMeta<?>> tables = new LinkedHashMap<>();
		for (Class<?> type : types) {
			introspect(type, types, models, tables);
		}
		addContentTypeWhenUsed(models, tables);
		addTreeLockWhenUsed(models, tables);
		for (ModelMeta<?> meta : models.values()) {
			for (ForeignKeyRelation relation : meta.forwardRelations()) {
				linkTarget(models, relation);
			}
		}
		for (ModelMeta<?> meta : models.values()) {
			linkGenericKeys(meta);
		}
		for (ModelMeta<?> meta : models.values()) {
			linkGenericRelations(models, meta);
		}
		List<ModelMeta<?>> derived = new ArrayList<>();
		for (ModelMeta<?> meta : models.values()) {
			for (ManyToManySide side : List.copyOf(meta.manyToManyRelations())) {
				ModelMeta<?> through = ThroughModels.link(models, (ManyToManyRelation) side);
				if (through != null) {
					claimTable(tables, through, meta.type(), side.name(), "; set table = ...");
					derived.add(through);
				}
			}
		}
		List<ModelMeta<?>> withDerived = new ArrayList<>(models.values());
		withDerived.addAll(derived);
		for (ModelMeta<?> meta : withDerived) {
			for (ForeignKeyRelation relation : meta.forwardRelations()) {
				if (relation.source() == meta) {
					attachReverse(relation);
				}
			}
		}
		for (ModelMeta<?> meta : models.values()) {
			for (ManyToManySide side : List.copyOf(meta.manyToManyRelations())) {
				if (side instanceof ManyToManyRelation forward) {
					attachReverse(forward);
				}
			}
		}
		AccessorChecks.namesInheritedByJoinedChildren(models.values());
		for (ModelMeta<?> meta : models.values()) {
			giveJoinedChildItsGenericRelations(meta);
		}
		for (ModelMeta<?> meta : models.values()) {
			shareParentRelations(meta);
		}
		for (ModelMeta<?> meta : models.values()) {
			if (meta.discriminator() != null && meta.parent() == null) {
				unionSelectFields(meta);
			}
		}
		for (ModelMeta<?> meta : models.values()) {
			AccessorChecks.accessorFields(meta);
		}
		return new ModelRegistry(models, derived);
	}

	private static void linkTarget(Map<Class<?>, ModelMeta<?>> models, ForeignKeyRelation relation) {
		ModelMeta<?> target = models.get(relation.targetType());
		if (target == null) {
			throw new ModelDefinitionException(relation.source().type(), relation.name(),
					"relation target " + relation.targetType().getName() + " is not a registered model");
		}
		FieldMeta targetField = target.primaryKey();
		if (!relation.toFieldName().isEmpty()) {
			targetField = target.field(relation.toFieldName());
			if (targetField == null || targetField.isForeignKey()) {
				throw new ModelDefinitionException(relation.source().type(), relation.name(), "toField '"
						+ relation.toFieldName() + "' is not a column of " + target.name());
			}
			if (!targetField.unique() && !targetField.primaryKey()) {
				throw new ModelDefinitionException(relation.source().type(), relation.name(), "toField '"
						+ relation.toFieldName() + "' of " + target.name() + " must be unique (@Column(unique = true))");
			}
		}
		relation.link(target, targetField);
		relation.column().resolveValueType(targetField.valueType());
	}

	/** Reads a model after the model it extends, which must be registered too. */
	private static ModelMeta<?> introspect(Class<?> type, Collection<Class<?>> types, Map<Class<?>, ModelMeta<?>> models,
			Map<String, ModelMeta<?>> tables) {
		ModelMeta<?> known = models.get(type);
		if (known != null) {
			return known;
		}
		ModelMeta<?> parent = null;
		for (Class<?> superclass = type.getSuperclass(); superclass != null && superclass != Object.class;
				superclass = superclass.getSuperclass()) {
			if (superclass.isAnnotationPresent(io.covet.relations.annotation.Model.class)) {
				if (!types.contains(superclass)) {
					throw new ModelDefinitionException(type, null,
							"extends the model " + superclass.getName() + ", which is not registered");
				}
				parent = introspect(superclass, types, models, tables);
				break;
			}
		}
		ModelMeta<?> meta = ModelIntrospector.introspect(type, parent);
		if (!meta.sharesTable()) {
			claimTable(tables, meta, type, null, "");
		}
		models.put(type, meta);
		return meta;
	}

	/**
	 * Registers a model's table, refusing one whose name equals another's up to case: SQLite and MariaDB (with
	 * {@code lower_case_table_names} set, as on Windows and macOS) would see one table.
	 */
	private static void claimTable(Map<String, ModelMeta<?>> tables, ModelMeta<?> meta, Class<?> owner, String field,
			String hint) {
		ModelMeta<?> sameTable = tables.putIfAbsent(Identifiers.caseFolded(meta.table()), meta);
		if (sameTable != null) {
			String other = sameTable.type() == AutoThroughRow.class ? "the many-to-many " + sameTable.name()
					: sameTable.type().getName();
			String spelling = sameTable.table().equals(meta.table()) ? ""
					: " as '" + sameTable.table() + "' (names differ only in case)";
			throw new ModelDefinitionException(owner, field,
					"table '" + meta.table() + "' is already used by " + other + spelling + hint);
		}
	}

	/** Proxies and single-table subclasses answer their parent's reverse relations too (their rows are its rows). */
	/**
	 * A multi-table child's objects are stored under its own content type (its rows are its own table's), so a generic
	 * relation its parents declare becomes the child's own, for the child's content type, as Django copies a
	 * GenericRelation to a child model: the child's manager, prefetch, filters and cascade then find what a generic
	 * key to a child's object stored. The parent's relation keeps finding the rows stored for the parent's objects.
	 */
	private static void giveJoinedChildItsGenericRelations(ModelMeta<?> meta) {
		ModelMeta<?> parent = meta.linkedParent();
		if (parent == null || meta.sharesTable()) {
			return;
		}
		giveJoinedChildItsGenericRelations(parent);
		for (GenericRelationMeta generic : List.copyOf(parent.genericRelations())) {
			if (meta.relation(generic.name()) == null) {
				meta.addGenericRelation(new GenericRelationMeta(generic.name(), meta, generic.key()));
			}
		}
	}

	private static void shareParentRelations(ModelMeta<?> meta) {
		if (!meta.sharesTable()) {
			return;
		}
		shareParentRelations(meta.parent());
		ModelMeta<?> parent = meta.parent();
		for (ReverseRelation reverse : parent.reverseRelations()) {
			if (meta.relation(reverse.name()) == null) {
				meta.addReverse(reverse);
			}
		}
		for (ManyToManySide side : parent.manyToManyRelations()) {
			if (meta.relation(side.name()) == null) {
				meta.addManyToMany(side);
			}
		}
		for (GenericRelationMeta generic : parent.genericRelations()) {
			if (meta.relation(generic.name()) == null) {
				meta.addGenericRelation(generic);
			}
		}
	}

	/**
	 * Every class of a single-table hierarchy reads all of the hierarchy's columns, which must therefore differ
	 * across sibling classes too.
	 */
	private static void unionSelectFields(ModelMeta<?> root) {
		List<FieldMeta> union = new ArrayList<>(root.fields());
		for (ModelMeta<?> member : root.tableFamily()) {
			for (FieldMeta field : member.fields()) {
				if (!union.contains(field)) {
					union.add(field);
				}
			}
		}
		ModelIntrospector.checkDuplicateColumns(root.type(), union);
		for (ModelMeta<?> member : root.tableFamily()) {
			member.setSelectFields(union);
		}
	}

	/** Models using generic relations need the content-type table: register it when they do. */
	private static void addContentTypeWhenUsed(Map<Class<?>, ModelMeta<?>> models, Map<String, ModelMeta<?>> tables) {
		ModelMeta<?> contentType = models.get(ContentType.class);
		if (contentType == null) {
			boolean used = false;
			for (ModelMeta<?> meta : models.values()) {
				used |= !meta.genericForeignKeys().isEmpty() || !meta.pendingGenericRelations.isEmpty();
				for (ForeignKeyRelation relation : meta.forwardRelations()) {
					used |= relation.targetType() == ContentType.class;
				}
			}
			if (!used) {
				return;
			}
			contentType = ModelIntrospector.introspect(ContentType.class);
			models.put(ContentType.class, contentType);
			claimTable(tables, contentType, ContentType.class, null, "; it is the library's, rename the other");
		}
		// Also when the caller registered the class: creating a content type relies on the pair being unique.
		contentType.addUniqueTogether(List.of(contentType.field("namespace"), contentType.field("model")));
	}

	/** Nested-set and materialized-path trees serialize their writers on a lock row. */
	private static void addTreeLockWhenUsed(Map<Class<?>, ModelMeta<?>> models, Map<String, ModelMeta<?>> tables) {
		if (models.containsKey(TreeLock.class)) {
			return;
		}
		boolean used = models.keySet().stream().anyMatch(type -> type.isAnnotationPresent(Tree.class));
		if (used) {
			ModelMeta<TreeLock> lock = ModelIntrospector.introspect(TreeLock.class);
			models.put(TreeLock.class, lock);
			claimTable(tables, lock, TreeLock.class, null, "; it is the library's, rename the other");
		}
	}

	private static void linkGenericKeys(ModelMeta<?> meta) {
		for (GenericForeignKeyMeta key : meta.genericForeignKeys()) {
			if (key.model() != null) {
				continue;
			}
			FieldMeta contentType = meta.field(key.contentTypeFieldName());
			if (contentType == null || !contentType.isForeignKey()
					|| contentType.relation().target().type() != ContentType.class) {
				throw new ModelDefinitionException(meta.type(), key.name(), "ctField '" + key.contentTypeFieldName()
						+ "' must name a @ForeignKey Ref<ContentType> field of " + meta.name());
			}
			FieldMeta id = meta.field(key.idFieldName());
			// Only the types a stored key is written as and matched in: a Short column would be handed a Long.
			Class<?> idType = (id != null) ? id.valueType() : null;
			if (id == null || id.isForeignKey() || id.primaryKey()
					|| !(idType == String.class || idType == Long.class || idType == Integer.class)) {
				throw new ModelDefinitionException(meta.type(), key.name(), "idField '" + key.idFieldName()
						+ "' must name a String, Long or Integer column of " + meta.name()
						+ ((idType != null) ? ", not " + idType.getSimpleName() : ""));
			}
			key.link(meta, contentType, id);
		}
	}

	private static void linkGenericRelations(Map<Class<?>, ModelMeta<?>> models, ModelMeta<?> meta) {
		for (ModelMeta.PendingGenericRelation pending : meta.pendingGenericRelations) {
			ModelMeta<?> related = models.get(pending.relatedType());
			if (related == null) {
				throw new ModelDefinitionException(meta.type(), pending.name(),
						"generic relation model " + pending.relatedType().getName() + " is not a registered model");
			}
			GenericForeignKeyMeta key;
			if (!pending.keyField().isEmpty()) {
				key = related.genericForeignKey(pending.keyField());
			}
			else {
				key = related.genericForeignKeys().size() == 1 ? related.genericForeignKeys().iterator().next() : null;
			}
			if (key == null) {
				throw new ModelDefinitionException(meta.type(), pending.name(), related.name()
						+ " has no single @GenericForeignKey" + (pending.keyField().isEmpty() ? "; name it with field = ..."
								: " named '" + pending.keyField() + "'"));
			}
			if (meta.field(pending.name()) != null || meta.relation(pending.name()) != null) {
				throw new ModelDefinitionException(meta.type(), pending.name(), "name clashes with another field or relation");
			}
			meta.addGenericRelation(new GenericRelationMeta(pending.name(), meta, key));
		}
	}

	private static void attachReverse(ManyToManyRelation relation) {
		if ("+".equals(relation.relatedName()) || relation.isSymmetrical()) {
			return;
		}
		ModelMeta<?> target = relation.target();
		String name = relation.relatedName();
		AccessorChecks.relatedNameIsUsable(relation.source(), relation.name(), name);
		if (target.field(name) != null || target.relation(name) != null) {
			throw new ModelDefinitionException(relation.source().type(), relation.name(), "related name '" + name
					+ "' clashes with " + target.name() + "." + name + "; choose another relatedName");
		}
		ReverseManyToManyRelation reverse = new ReverseManyToManyRelation(relation);
		relation.setReverse(reverse);
		target.addManyToMany(reverse);
	}

	private static void attachReverse(ForeignKeyRelation relation) {
		ModelMeta<?> target = relation.target();
		if ("+".equals(relation.relatedName())) {
			// No accessor and no lookups, but still a relation the target's deletes must apply (as in Django).
			ReverseRelation hidden = new ReverseRelation(relation);
			relation.setReverse(hidden);
			target.addReverse(hidden);
			return;
		}
		String name = relation.relatedName();
		AccessorChecks.relatedNameIsUsable(relation.source(), relation.name(), name);
		if (target.field(name) != null) {
			throw new ModelDefinitionException(relation.source().type(), relation.name(), "related name '" + name
					+ "' clashes with field " + target.name() + "." + name + "; choose another relatedName");
		}
		Relation existing = target.relation(name);
		if (existing != null) {
			throw new ModelDefinitionException(relation.source().type(), relation.name(),
					"reverse accessor " + target.name() + "." + name + " is also defined by " + describeOwner(existing)
							+ "; give one of them another relatedName");
		}
		ReverseRelation reverse = new ReverseRelation(relation);
		relation.setReverse(reverse);
		target.addReverse(reverse);
	}

	private static String describeOwner(Relation relation) {
		return (relation instanceof ReverseRelation reverse) ? reverse.forward().describe() : relation.describe();
	}

	/** @throws UnknownModelException when the class was not registered */
	@SuppressWarnings("unchecked")
	public <T> ModelMeta<T> meta(Class<T> type) {
		ModelMeta<?> meta = this.models.get(type);
		if (meta == null) {
			throw new UnknownModelException(type);
		}
		return (ModelMeta<T>) meta;
	}

	/** Metadata for an instance's class. */
	@SuppressWarnings("unchecked")
	public <T> ModelMeta<T> metaOf(T instance) {
		return (ModelMeta<T>) meta(instance.getClass());
	}

	/** Whether the class is a registered model. */
	public boolean contains(Class<?> type) {
		return this.models.containsKey(type);
	}

	/**
	 * The model of an instance's own class when that class is registered (a subclass or proxy of {@code declared}),
	 * else {@code declared}: what writing the instance must use to write all its columns.
	 */
	@SuppressWarnings("unchecked")
	public <T> ModelMeta<T> modelOf(T instance, ModelMeta<T> declared) {
		Class<?> type = instance.getClass();
		return (type != declared.type() && this.models.containsKey(type)) ? (ModelMeta<T>) this.models.get(type)
				: declared;
	}

	/** Every model, including the through models derived for many-to-many relations. */
	public Collection<ModelMeta<?>> models() {
		return this.all;
	}
}
