package io.covet.relations.metadata;

import java.util.List;

/**
 * A many-to-many relation as declared ({@code Post.tags}): pairs of keys in a through model, derived from metadata
 * or declared by the user with extra columns.
 */
public final class ManyToManyRelation implements ManyToManySide {

	private final String name;

	private final ModelMeta<?> source;

	private final Class<?> targetType;

	private final String relatedName;

	private final Class<?> throughType;

	private final List<String> throughFields;

	private final boolean symmetricalRequested;

	private final String table;

	private ModelMeta<?> target;

	private ModelMeta<?> through;

	private ForeignKeyRelation sourceKey;

	private ForeignKeyRelation targetKey;

	private ReverseManyToManyRelation reverse;

	ManyToManyRelation(String name, ModelMeta<?> source, Class<?> targetType, String relatedName, Class<?> throughType,
			List<String> throughFields, boolean symmetrical, String table) {
		this.name = name;
		this.source = source;
		this.targetType = targetType;
		this.relatedName = relatedName;
		this.throughType = throughType;
		this.throughFields = List.copyOf(throughFields);
		this.symmetricalRequested = symmetrical;
		this.table = table;
	}

	void link(ModelMeta<?> target, ModelMeta<?> through, ForeignKeyRelation sourceKey, ForeignKeyRelation targetKey) {
		this.target = target;
		this.through = through;
		this.sourceKey = sourceKey;
		this.targetKey = targetKey;
	}

	void setReverse(ReverseManyToManyRelation reverse) {
		this.reverse = reverse;
	}

	@Override
	public String name() {
		return this.name;
	}

	@Override
	public ModelMeta<?> source() {
		return this.source;
	}

	@Override
	public ModelMeta<?> target() {
		return this.target;
	}

	@Override
	public RelationKind kind() {
		return RelationKind.MANY_TO_MANY;
	}

	@Override
	public List<JoinStep> path() {
		return List.of(new JoinStep(this.source, this.sourceKey.targetField(), this.through, this.sourceKey.column()),
				new JoinStep(this.through, this.targetKey.column(), this.target, this.targetKey.targetField()));
	}

	@Override
	public ManyToManyRelation declaration() {
		return this;
	}

	@Override
	public ForeignKeyRelation ownerKey() {
		return this.sourceKey;
	}

	@Override
	public ForeignKeyRelation otherKey() {
		return this.targetKey;
	}

	@Override
	public boolean isReverse() {
		return false;
	}

	@Override
	public ModelMeta<?> through() {
		return this.through;
	}

	/** Whether the through model was derived from metadata (rather than declared with {@code through}). */
	public boolean isAutoCreated() {
		return this.throughType == void.class;
	}

	/** Whether adding b to a also adds a to b: a self-relation declared symmetrical. */
	public boolean isSymmetrical() {
		return this.symmetricalRequested && this.targetType == this.source.type();
	}

	/** Related name as declared or defaulted; {@code "+"} when there is no reverse side. */
	public String relatedName() {
		return this.relatedName;
	}

	/** The reverse side, or {@code null} (symmetrical relations and {@code relatedName = "+"} have none). */
	public ReverseManyToManyRelation reverse() {
		return this.reverse;
	}

	Class<?> targetType() {
		return this.targetType;
	}

	Class<?> throughType() {
		return this.throughType;
	}

	List<String> throughFields() {
		return this.throughFields;
	}

	String table() {
		return this.table;
	}

	@Override
	public String toString() {
		return describe() + " <-> " + (this.target == null ? this.targetType.getSimpleName() : this.target.name());
	}
}
