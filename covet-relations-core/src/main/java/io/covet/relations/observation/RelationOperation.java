package io.covet.relations.observation;

/**
 * An operation of several statements that an {@link OperationObserver} can time and trace as one unit. Its components
 * are bounded by the model graph (model, relation, action, dialect), so they are safe as metric tags; counts that vary
 * per call are named as such.
 */
public sealed interface RelationOperation {

	/** Name of the dialect the operation runs on ({@code postgresql}, {@code sqlite}, ...). */
	String dialect();

	/**
	 * One level of {@code prefetchRelated}: the related rows of one relation, loaded for a list of owners.
	 *
	 * @param dialect the dialect's name
	 * @param model the owners' model
	 * @param relation {@code Model.name} of the relation (a generic foreign key included)
	 * @param owners how many objects the level loads for (varies per call)
	 */
	record Prefetch(String dialect, String model, String relation, int owners) implements RelationOperation {
	}

	/**
	 * A delete through the deletion collector: the rows asked for and everything their {@code onDelete} demands.
	 *
	 * @param dialect the dialect's name
	 * @param model the model whose rows were asked to be deleted
	 * @param keys how many primary keys were asked for (varies per call)
	 */
	record Delete(String dialect, String model, int keys) implements RelationOperation {
	}

	/**
	 * A change of one owner's many-to-many pairs.
	 *
	 * @param dialect the dialect's name
	 * @param relation {@code Model.name} of the relation, seen from the owner
	 * @param action {@code add}, {@code remove}, {@code clear} or {@code set}
	 */
	record ManyToMany(String dialect, String relation, String action) implements RelationOperation {
	}
}
