package io.covet.relations.exception;

/**
 * A model class is annotated in a way that cannot work: an unknown relation target, clashing related names,
 * a field type that cannot be mapped. Raised while metadata is built, at startup, naming the class and field.
 */
public class ModelDefinitionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	/** For a problem the caller describes in full. */
	public ModelDefinitionException(String message) {
		super(message);
	}

	/**
	 * Creates the exception naming the class and field.
	 * @param model the model class
	 * @param field the field's name, or {@code null} for a problem of the class
	 * @param problem what is wrong
	 */
	public ModelDefinitionException(Class<?> model, String field, String problem) {
		super(model.getName() + (field == null ? "" : "." + field) + ": " + problem);
	}
}
