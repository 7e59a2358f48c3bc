package io.covet.relations.relation;

import java.lang.reflect.Field;
import java.util.Objects;

import io.covet.relations.annotation.Id;
import io.covet.relations.exception.RelationNotLoadedException;

/**
 * The forward side of a foreign key or one-to-one: the referenced key and, once loaded, the referenced object.
 * A {@code Ref} never runs a query by itself. {@link #get()} answers from what was loaded by
 * {@code selectRelated}/{@code prefetchRelated}; {@link #fetch()} is the explicit, visible single-object load.
 * Immutable: loading replaces the {@code Ref} held by the owning field.
 *
 * @param <T> the referenced model
 */
public final class Ref<T> {

	private static final Ref<?> NONE = new Ref<>(null, null, true, null);

	private static final ClassValue<Field> ID_FIELDS = new ClassValue<>() {
		@Override
		protected Field computeValue(Class<?> type) {
			for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
				for (Field field : c.getDeclaredFields()) {
					if (field.isAnnotationPresent(Id.class)) {
						field.setAccessible(true);
						return field;
					}
				}
			}
			throw new IllegalArgumentException(type.getName() + " has no @Id field");
		}
	};

	private final Object id;

	/**
	 * The target when loaded, else the resolver that can fetch it (or {@code null}): a reference is one or the other,
	 * and one field keeps the object at 24 bytes, which counts in a prefetch of a hundred thousand rows.
	 */
	private final Object targetOrResolver;

	private final boolean loaded;

	private Ref(Object id, T target, boolean loaded, RefResolver<T> resolver) {
		this.id = id;
		this.targetOrResolver = loaded ? target : resolver;
		this.loaded = loaded;
	}

	@SuppressWarnings("unchecked")
	private T target() {
		return this.loaded ? (T) this.targetOrResolver : null;
	}

	@SuppressWarnings("unchecked")
	private RefResolver<T> resolver() {
		return this.loaded ? null : (RefResolver<T>) this.targetOrResolver;
	}

	/** A reference to an object; its key is read from the object when needed (so it may be saved later). */
	public static <T> Ref<T> to(T target) {
		if (target == null) {
			return none();
		}
		return new Ref<>(null, target, true, null);
	}

	/** A reference by key only; the object is not loaded. {@code null} gives {@link #none()}. */
	public static <T> Ref<T> id(Object id) {
		if (id == null) {
			return none();
		}
		return new Ref<>(id, null, false, null);
	}

	/** The empty reference: a NULL foreign key. */
	@SuppressWarnings("unchecked")
	public static <T> Ref<T> none() {
		return (Ref<T>) NONE;
	}

	/** A reference read from the database whose object was not loaded; {@code resolver} serves {@link #fetch()}. */
	public static <T> Ref<T> unloaded(Object id, RefResolver<T> resolver) {
		if (id == null) {
			return none();
		}
		return new Ref<>(id, null, false, resolver);
	}

	/** A reference read from the database together with its object ({@code null} object meaning a NULL key). */
	public static <T> Ref<T> loaded(Object id, T target) {
		if (id == null && target == null) {
			return none();
		}
		return new Ref<>(id, target, true, null);
	}

	/**
	 * The referenced key (the target's primary key, or its {@code toField} value), {@code null} for an empty
	 * reference or a reference to an object that has not been saved yet.
	 */
	public Object id() {
		T target = target();
		if (this.id != null || target == null) {
			return this.id;
		}
		try {
			return ID_FIELDS.get(target.getClass()).get(target);
		}
		catch (IllegalAccessException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The key converted to the given type. */
	public <K> K id(Class<K> type) {
		return type.cast(id());
	}

	/** Whether the key was given (or read from the database) rather than derived from an object. */
	public boolean hasExplicitId() {
		return this.id != null;
	}

	/** Whether this is the empty reference (NULL foreign key). */
	public boolean isNull() {
		return this.id == null && target() == null;
	}

	/** Whether {@link #get()} can answer without a query. */
	public boolean isLoaded() {
		return this.loaded;
	}

	/** The loaded object, or {@code null} when not loaded; never throws, never queries. */
	public T loadedTarget() {
		return target();
	}

	/**
	 * The referenced object as loaded by {@code selectRelated}/{@code prefetchRelated}, {@code null} for an empty
	 * reference.
	 * @throws RelationNotLoadedException when the object was not loaded
	 */
	public T get() {
		if (this.loaded) {
			return target();
		}
		RefResolver<T> resolver = resolver();
		String relation = (resolver != null) ? resolver.relationName() : "reference to key " + this.id;
		String field = (resolver != null) ? resolver.fieldName() : "<field>";
		throw new RelationNotLoadedException(relation + " is not loaded; add selectRelated(\"" + field
				+ "\") or prefetchRelated(\"" + field + "\") to the query, or call fetch() to load it explicitly");
	}

	/**
	 * The referenced object, loaded now with one query if it was not loaded. In strict loading mode that query is
	 * refused with a {@code StrictLoadingException}.
	 */
	public T fetch() {
		if (this.loaded) {
			return target();
		}
		RefResolver<T> resolver = resolver();
		if (resolver == null) {
			throw new RelationNotLoadedException("Reference to key " + this.id
					+ " was not read through a repository, so it cannot fetch; use the target's repository findById");
		}
		return resolver.resolve(this.id);
	}

	@Override
	public boolean equals(Object other) {
		if (this == other) {
			return true;
		}
		if (!(other instanceof Ref<?> that)) {
			return false;
		}
		Object key = id();
		return key != null ? key.equals(that.id()) : (that.isNull() && isNull());
	}

	@Override
	public int hashCode() {
		return Objects.hashCode(id());
	}

	@Override
	public String toString() {
		if (isNull()) {
			return "Ref.none";
		}
		return "Ref[" + id() + (this.loaded ? ", loaded" : "") + "]";
	}
}
