package io.covet.relations.relation;

import io.covet.relations.exception.RelationNotLoadedException;

/**
 * The forward side of a generic foreign key: the content type and key of an object of any registered model and,
 * once loaded, the object. Like {@link Ref}, it never runs a query by itself; {@link #fetch()} is the explicit load.
 * A reference whose object was deleted behind the library's back reads as {@code null}.
 */
public final class GenericRef {

	private static final GenericRef NONE = new GenericRef(null, null, null, true, null);

	private final Object contentTypeId;

	private final Object objectId;

	private final Object target;

	private final boolean loaded;

	private final GenericResolver resolver;

	private GenericRef(Object contentTypeId, Object objectId, Object target, boolean loaded, GenericResolver resolver) {
		this.contentTypeId = contentTypeId;
		this.objectId = objectId;
		this.target = target;
		this.loaded = loaded;
		this.resolver = resolver;
	}

	/** A reference to a (saved or not yet saved) object of a registered model; the columns are set on save. */
	public static GenericRef to(Object target) {
		return target == null ? NONE : new GenericRef(null, null, target, true, null);
	}

	/** The empty reference. */
	public static GenericRef none() {
		return NONE;
	}

	/** A reference read from the database without its object. */
	public static GenericRef unloaded(Object contentTypeId, Object objectId, GenericResolver resolver) {
		if (contentTypeId == null || objectId == null) {
			return NONE;
		}
		return new GenericRef(contentTypeId, objectId, null, false, resolver);
	}

	/** A reference read from the database with its object ({@code null} when the object no longer exists). */
	public static GenericRef loaded(Object contentTypeId, Object objectId, Object target) {
		return new GenericRef(contentTypeId, objectId, target, true, null);
	}

	/** Id of the content type as stored, {@code null} when not read from the database. */
	public Object contentTypeId() {
		return this.contentTypeId;
	}

	/** The object's key as stored, {@code null} when not read from the database. */
	public Object objectId() {
		return this.objectId;
	}

	/** Whether the reference points at nothing: no content type and no object. */
	public boolean isNull() {
		return this.contentTypeId == null && this.target == null;
	}

	/** Whether the object was loaded (a prefetch, a save, {@link #to(Object)}); {@link #get()} then needs no query. */
	public boolean isLoaded() {
		return this.loaded;
	}

	/** The loaded object, or {@code null}; never throws, never queries. */
	public Object loadedTarget() {
		return this.target;
	}

	/**
	 * The object as loaded by {@code prefetchRelated}; {@code null} for an empty reference or a dangling one.
	 * @throws RelationNotLoadedException when it was not loaded
	 */
	public Object get() {
		if (this.loaded) {
			return this.target;
		}
		throw new RelationNotLoadedException((this.resolver != null ? this.resolver.relationName() : "generic reference")
				+ " is not loaded; add prefetchRelated(\"" + (this.resolver != null ? this.resolver.fieldName() : "<field>")
				+ "\") to the query, or call fetch() to load it explicitly");
	}

	/** {@link #get()} cast to a type. */
	public <T> T get(Class<T> type) {
		return type.cast(get());
	}

	/** The object, loaded now with one query if needed ({@code null} if it no longer exists); refused in strict mode. */
	public Object fetch() {
		if (this.loaded) {
			return this.target;
		}
		if (this.resolver == null) {
			throw new RelationNotLoadedException("Generic reference was not read through a repository, so it cannot fetch");
		}
		return this.resolver.resolve(this.contentTypeId, this.objectId);
	}

	@Override
	public String toString() {
		return isNull() ? "GenericRef.none" : "GenericRef[" + this.contentTypeId + ":" + this.objectId + "]";
	}
}
