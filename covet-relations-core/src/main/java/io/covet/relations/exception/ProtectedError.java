package io.covet.relations.exception;

import java.util.List;
import java.util.Map;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A delete reached rows through a foreign key declared {@code onDelete = PROTECT}. Nothing was deleted. Lists every
 * protected row (collected before raising), per referencing relation. Named after Django's exception.
 */
public class ProtectedError extends DataIntegrityViolationException {

	private static final long serialVersionUID = 1L;

	private final transient Map<String, List<Object>> protectedKeys;

	/**
	 * Creates the exception for a delete that PROTECT refused.
	 * @param model the model whose delete was refused
	 * @param protectedKeys the keys of the protected rows per referencing relation
	 */
	public ProtectedError(String model, Map<String, List<Object>> protectedKeys) {
		super("Cannot delete some instances of model " + model
				+ " because they are referenced through protected foreign keys: " + describe(protectedKeys));
		this.protectedKeys = Map.copyOf(protectedKeys);
	}

	/** Keys of the protected rows per referencing relation ({@code "Book.author"}). */
	public Map<String, List<Object>> getProtectedKeys() {
		return this.protectedKeys;
	}

	static String describe(Map<String, List<Object>> keys) {
		StringBuilder text = new StringBuilder();
		keys.forEach((relation, rows) -> {
			if (text.length() > 0) {
				text.append("; ");
			}
			text.append(relation).append(" (").append(rows.size()).append(rows.size() == 1 ? " row: " : " rows: ");
			text.append(rows.size() > 20 ? rows.subList(0, 20) + "..." : rows).append(')');
		});
		return text.toString();
	}
}
