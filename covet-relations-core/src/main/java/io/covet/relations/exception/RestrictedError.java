package io.covet.relations.exception;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A delete reached rows through a foreign key declared {@code onDelete = RESTRICT} that the same delete does not
 * remove through another CASCADE path. Nothing was deleted. Named after Django's exception.
 */
public class RestrictedError extends DataIntegrityViolationException {

	private static final long serialVersionUID = 1L;

	private final transient Map<String, List<Object>> restrictedKeys;

	/**
	 * Creates the exception for a delete that RESTRICT refused.
	 * @param model the model whose delete was refused
	 * @param restrictedKeys the keys of the restricting rows per referencing relation
	 */
	public RestrictedError(String model, Map<String, List<Object>> restrictedKeys) {
		super("Cannot delete some instances of model " + model
				+ " because they are referenced through restricted foreign keys: " + ProtectedError.describe(restrictedKeys));
		this.restrictedKeys = Map.copyOf(restrictedKeys);
	}

	/** Keys of the restricting rows per referencing relation ({@code "Book.author"}). */
	public Map<String, List<Object>> getRestrictedKeys() {
		return this.restrictedKeys;
	}
}
