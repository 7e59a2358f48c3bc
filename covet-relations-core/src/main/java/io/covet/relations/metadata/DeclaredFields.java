package io.covet.relations.metadata;

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
import io.covet.relations.annotation.ManyToMany;
import io.covet.relations.annotation.OneToOne;
import io.covet.relations.annotation.Transient;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.relation.GenericRef;
import io.covet.relations.relation.ManyRelatedManager;
import io.covet.relations.relation.Ref;
import io.covet.relations.relation.RelatedManager;
import io.covet.relations.relation.RelatedObject;

/**
 * What one model class declares itself, read field by field from the top of its hierarchy down: its columns (the key
 * first), relations, generic keys, reverse accessors and transient fields. Each field's type and annotations say
 * which it is; a field that fits none is refused with the reason.
 */
final class DeclaredFields {

	/** The columns in table order: the key, then the other fields (foreign keys among them) as declared. */
	final List<FieldMeta> columns = new ArrayList<>();

	final List<DeclaredRelation> relations = new ArrayList<>();

	final List<DeclaredManyToMany> manyToMany = new ArrayList<>();

	final List<GenericForeignKeyMeta> genericKeys = new ArrayList<>();

	final List<ModelMeta.PendingGenericRelation> genericRelations = new ArrayList<>();

	/** Fields the library binds to a manager on save and load, by name. */
	final Map<String, Field> accessors = new LinkedHashMap<>();

	final Map<String, Field> transients = new LinkedHashMap<>();

	/** The {@code @Id} column, or {@code null} when the class declares none (a subclass inherits it). */
	FieldMeta primaryKey;

	private final Class<?> type;

	private DeclaredFields(Class<?> type) {
		this.type = type;
	}

	/**
	 * Reads {@code type}'s fields. Those declared up the hierarchy belong to {@code parent}'s metadata; a proxy or
	 * single-table subclass keeps the accessor and transient fields of the classes whose table it shares, so its
	 * instances are bound like the parent's. Those of a multi-table parent's classes are bound through its own
	 * metadata (the parent link).
	 */
	static DeclaredFields read(Class<?> type, ModelMeta<?> parent, InheritanceKind kind) {
		DeclaredFields declared = new DeclaredFields(type);
		// The parent link's target is resolved later, with the registry; its class is known now.
		Class<?> linkedParent = (parent != null && parent.parentLink() != null) ? parent.parentLink().targetType() : null;
		for (Field field : topDown(type)) {
			if (Modifier.isStatic(field.getModifiers()) || field.isSynthetic()) {
				continue;
			}
			Class<?> declaredBy = field.getDeclaringClass();
			boolean inherited = parent != null && declaredBy.isAssignableFrom(parent.type());
			if (!inherited) {
				field.setAccessible(true);
				declared.readOwn(field, kind, parent);
			}
			else if (kind != InheritanceKind.JOINED && (linkedParent == null || !declaredBy.isAssignableFrom(linkedParent))) {
				field.setAccessible(true);
				declared.keepInherited(field);
			}
		}
		return declared;
	}

	private void keepInherited(Field field) {
		if (isAccessorType(field.getType())) {
			this.accessors.put(field.getName(), field);
		}
		else if (isTransient(field)) {
			this.transients.put(field.getName(), field);
		}
	}

	private void readOwn(Field field, InheritanceKind kind, ModelMeta<?> parent) {
		Class<?> fieldType = field.getType();
		if (isTransient(field)) {
			this.transients.put(field.getName(), field);
		}
		else if (fieldType == GenericRef.class || field.isAnnotationPresent(GenericForeignKey.class)) {
			readGenericKey(field);
		}
		else if (field.isAnnotationPresent(GenericRelation.class)) {
			readGenericRelation(field);
		}
		else if (fieldType == ManyRelatedManager.class && field.isAnnotationPresent(ManyToMany.class)) {
			requireNotFinal(field, "a many-to-many field must not be final, the library binds it on save and load");
			this.manyToMany.add(DeclaredManyToMany.read(this.type, field));
			this.accessors.put(field.getName(), field);
		}
		else if (isAccessorType(fieldType)) {
			requireNotFinal(field, "a reverse accessor field must not be final, the library binds it on save and load");
			this.accessors.put(field.getName(), field);
		}
		else if (field.isAnnotationPresent(ForeignKey.class) || field.isAnnotationPresent(OneToOne.class)
				|| fieldType == Ref.class) {
			DeclaredRelation relation = DeclaredRelation.read(this.type, field, field.getAnnotation(ForeignKey.class),
					field.getAnnotation(OneToOne.class));
			this.columns.add(relation.column());
			this.relations.add(relation);
		}
		else {
			readColumn(field, kind, parent);
		}
	}

	private void readGenericKey(Field field) {
		GenericForeignKey annotation = field.getAnnotation(GenericForeignKey.class);
		if (field.getType() != GenericRef.class || annotation == null) {
			throw new ModelDefinitionException(this.type, field.getName(),
					"a generic foreign key is a GenericRef field annotated with @GenericForeignKey");
		}
		this.genericKeys.add(new GenericForeignKeyMeta(field.getName(), field, annotation.ctField(), annotation.idField()));
	}

	private void readGenericRelation(Field field) {
		if (field.getType() != RelatedManager.class || Modifier.isFinal(field.getModifiers())) {
			throw new ModelDefinitionException(this.type, field.getName(),
					"a @GenericRelation field must be a non-final RelatedManager<Related>");
		}
		GenericRelation annotation = field.getAnnotation(GenericRelation.class);
		this.genericRelations.add(new ModelMeta.PendingGenericRelation(field.getName(), annotation.value(),
				annotation.field()));
		this.accessors.put(field.getName(), field);
	}

	private void readColumn(Field field, InheritanceKind kind, ModelMeta<?> parent) {
		FieldMeta column = column(field);
		if (kind == InheritanceKind.PROXY) {
			throw new ModelDefinitionException(this.type, field.getName(),
					"a proxy declares no columns of its own; it uses the table of " + parent.name());
		}
		if (!column.primaryKey()) {
			this.columns.add(column);
			return;
		}
		if (this.primaryKey != null) {
			throw new ModelDefinitionException(this.type, field.getName(),
					"a model has exactly one @Id field; " + this.primaryKey.name() + " is one already");
		}
		this.primaryKey = column;
		this.columns.add(0, column);
	}

	private FieldMeta column(Field field) {
		Class<?> fieldType = field.getType();
		if (!ValueTypes.isSupported(fieldType)) {
			throw new ModelDefinitionException(this.type, field.getName(), "type " + field.getGenericType().getTypeName()
					+ " cannot be mapped to a column; use a supported value type, Ref<T> with @ForeignKey,"
					+ " RelatedManager/RelatedObject for a reverse side, or mark the field @Transient");
		}
		Id id = field.getAnnotation(Id.class);
		Column column = field.getAnnotation(Column.class);
		String columnName = (id != null && !id.column().isEmpty()) ? id.column()
				: (column != null && !column.name().isEmpty()) ? column.name() : Naming.snakeCase(field.getName());
		Identifiers.validate(this.type, field.getName(), columnName);
		int length = (column != null) ? column.length() : 0;
		if (column != null) {
			checkDigits(field, column);
		}
		if (id != null) {
			if (!ValueTypes.isGeneratable(fieldType) && fieldType != String.class && fieldType != java.util.UUID.class) {
				throw new ModelDefinitionException(this.type, field.getName(),
						"a primary key must be Long, Integer, String or UUID, not " + fieldType.getName());
			}
			boolean generated = id.generated() && ValueTypes.isGeneratable(fieldType);
			return new FieldMeta(field.getName(), columnName, ValueTypes.box(fieldType), false, true, false, length, true,
					generated, field);
		}
		boolean nullable = !fieldType.isPrimitive() && (column == null || column.nullable());
		return new FieldMeta(field.getName(), columnName, ValueTypes.box(fieldType), nullable,
				column != null && column.unique(), column != null && column.dbIndex(), length, false, false, field);
	}

	/** Precision and scale belong to decimal columns, in the range every dialect accepts (MariaDB's: 65 and 30). */
	private void checkDigits(Field field, Column column) {
		if (column.precision() == 0 && column.scale() == -1) {
			return;
		}
		if (field.getType() != java.math.BigDecimal.class) {
			throw new ModelDefinitionException(this.type, field.getName(),
					"precision and scale apply to BigDecimal columns only, not " + field.getType().getSimpleName());
		}
		int precision = (column.precision() > 0) ? column.precision() : 38;
		if (column.precision() < 0 || precision > 65 || column.scale() < -1 || column.scale() > 30
				|| column.scale() > precision) {
			throw new ModelDefinitionException(this.type, field.getName(), "precision must be 1 to 65 and scale 0 to 30"
					+ " and at most the precision, not precision " + column.precision() + ", scale " + column.scale());
		}
	}

	private void requireNotFinal(Field field, String reason) {
		if (Modifier.isFinal(field.getModifiers())) {
			throw new ModelDefinitionException(this.type, field.getName(), reason);
		}
	}

	/** The concrete class a relation field's type argument names ({@code Ref<Book>}: {@code Book}). */
	static Class<?> typeArgument(Class<?> type, Field field, String expected) {
		Type generic = field.getGenericType();
		if (!(generic instanceof ParameterizedType parameterized)
				|| !(parameterized.getActualTypeArguments()[0] instanceof Class<?> target)) {
			throw new ModelDefinitionException(type, field.getName(),
					"declare the target as " + expected + " with a concrete class");
		}
		return target;
	}

	private static boolean isAccessorType(Class<?> fieldType) {
		return fieldType == RelatedManager.class || fieldType == RelatedObject.class
				|| fieldType == ManyRelatedManager.class;
	}

	private static boolean isTransient(Field field) {
		return field.isAnnotationPresent(Transient.class) || Modifier.isTransient(field.getModifiers());
	}

	private static List<Field> topDown(Class<?> type) {
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
}
