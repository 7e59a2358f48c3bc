package io.covet.relations.manager;

import java.util.Optional;

import io.covet.relations.exception.DoesNotExist;
import io.covet.relations.exception.StrictLoadingException;
import io.covet.relations.internal.BoundAccessor;
import io.covet.relations.internal.CovetContext;
import io.covet.relations.internal.Values;
import io.covet.relations.metadata.ModelMeta;
import io.covet.relations.metadata.Relation;
import io.covet.relations.metadata.ReverseRelation;
import io.covet.relations.relation.RelatedObject;

/** {@link RelatedObject} of one owner: the single row whose one-to-one key points at it, cached once known. */
public final class ReverseOneToOneAccessor<T> implements RelatedObject<T>, BoundAccessor {

	private final CovetContext context;

	private final ReverseRelation relation;

	private final Object owner;

	private boolean loaded;

	private T value;

	/** Creates the accessor of one owner; accessor methods bound to the owner create it. */
	public ReverseOneToOneAccessor(CovetContext context, ReverseRelation relation, Object owner) {
		this.context = context;
		this.relation = relation;
		this.owner = owner;
	}

	@Override
	public boolean isBoundTo(CovetContext context, Relation relation, Object owner) {
		return this.owner == owner && this.context == context && this.relation == relation;
	}

	/** Records the related object (or its absence, as {@code null}) read by a join or prefetch. */
	public void preload(T value) {
		this.value = value;
		this.loaded = true;
	}

	@SuppressWarnings("unchecked")
	private ModelMeta<T> target() {
		return (ModelMeta<T>) this.relation.target();
	}

	@Override
	public T get() {
		return find().orElseThrow(() -> new DoesNotExist(target().name(),
				this.relation.source().name() + " has no " + this.relation.name()));
	}

	@Override
	public Optional<T> find() {
		if (!this.loaded) {
			if (this.context.strictLoading()) {
				throw new StrictLoadingException(this.relation.describe(), "add selectRelated(\"" + this.relation.name()
						+ "\") or prefetchRelated(\"" + this.relation.name() + "\") to the query that loaded the owner");
			}
			Object key = Values.keyOf(this.relation.source(), this.relation.forward().targetField(), this.owner,
					this.relation.describe());
			preload(this.context.everyRow(target()).filter(this.relation.forward().name(), key).first().orElse(null));
		}
		return Optional.ofNullable(this.value);
	}

	@Override
	public boolean exists() {
		return find().isPresent();
	}

	@Override
	public boolean isLoaded() {
		return this.loaded;
	}
}
