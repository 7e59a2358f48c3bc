package io.covet.relations.metadata;

/**
 * One equi-join hop of a relation path: {@code from.fromColumn = to.toColumn}. Relations describe themselves as a
 * list of steps so that queries, prefetching and deletion can cross any relation kind the same way.
 */
public record JoinStep(ModelMeta<?> from, FieldMeta fromField, ModelMeta<?> to, FieldMeta toField,
		GenericCondition generic) {

	/** A plain equi-join step, without a generic condition. */
	public JoinStep(ModelMeta<?> from, FieldMeta fromField, ModelMeta<?> to, FieldMeta toField) {
		this(from, fromField, to, toField, null);
	}

	/**
	 * Whether one {@code from} row can meet many {@code to} rows: true unless the {@code to} column is a key or
	 * unique. Joins across such steps multiply rows, so queries cross them with EXISTS instead.
	 */
	public boolean multiValued() {
		return !(this.toField.primaryKey() || this.toField.unique());
	}

	/**
	 * Whether the step follows a non-nullable foreign key the way it points, so an inner join loses no rows. A step
	 * the other way starts at the referenced column, which may itself be a required key (a multi-table child's parent
	 * link) and still promises no row on the other side: a reverse one-to-one may be missing.
	 */
	public boolean followsRequiredForeignKey() {
		if (!this.fromField.isForeignKey() || this.fromField.nullable()) {
			return false;
		}
		ForeignKeyRelation key = this.fromField.relation();
		return key.target().table().equals(this.to.table()) && key.targetField().column().equals(this.toField.column());
	}

	/** Stable identity of the step, to share joins between lookups. */
	public String key() {
		return this.from.table() + "." + this.fromField.column() + ">" + this.to.table() + "." + this.toField.column()
				+ (this.generic == null ? "" : "@" + this.generic.naturalKey());
	}

	/**
	 * The extra condition of a generic relation's join: the referencing row's content type must be the one of
	 * {@code namespace.model}, and its key column holds the target's key, as text when the types differ.
	 *
	 * @param contentTypeColumn the content-type column of the referencing model
	 * @param namespace natural-key namespace of the referenced model
	 * @param model natural-key model name of the referenced model
	 * @param keyAsText whether the referenced key is compared as text
	 */
	public record GenericCondition(FieldMeta contentTypeColumn, String namespace, String model, boolean keyAsText) {

		/** The referenced model's natural key, {@code namespace.model}, as stored in the content-type table. */
		public String naturalKey() {
			return this.namespace + "." + this.model;
		}
	}
}
