package io.covet.relations.exception;

/**
 * A model class is annotated in a way that cannot work: an unknown relation target, clashing related names,
 * a field type that cannot be mapped. Raised while metadata is built, at startup, naming the class and field.
 */
public class ModelDefinitionException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public ModelDefinitionException(String message) {
		super(message);
	}

	public ModelDefinitionException(Class<?> model, String field, String problem) {
		super(model.getName() + (field == null ? "" : "." + field) + ": " + problem);
	}
}
