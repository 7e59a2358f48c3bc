package io.covet.relations.contenttype;

import io.covet.relations.annotation.Column;
import io.covet.relations.annotation.Id;
import io.covet.relations.annotation.Model;

/**
 * A row of the content-type table: a stable id for one registered model type, by natural key
 * ({@code namespace.model}). Registered automatically when a model uses generic relations.
 */
@Model(table = "covet_content_type", namespace = "covet")
public class ContentType {

	@Id
	private Long id;

	@Column(nullable = false, length = 100)
	private String namespace;

	@Column(nullable = false, length = 100)
	private String model;

	protected ContentType() {
	}

	ContentType(String namespace, String model) {
		this.namespace = namespace;
		this.model = model;
	}

	/** The id generic foreign keys store; assigned by the database, so it differs between databases. */
	public Long getId() {
		return this.id;
	}

	/** The model's namespace, from {@code @Model(namespace)}. */
	public String getNamespace() {
		return this.namespace;
	}

	/** The model's name within its namespace. */
	public String getModel() {
		return this.model;
	}

	/** {@code namespace.model}, such as {@code blog.post}. */
	public String naturalKey() {
		return this.namespace + "." + this.model;
	}

	@Override
	public String toString() {
		return "ContentType[" + this.id + ", " + naturalKey() + "]";
	}
}
