package io.covet.relations.query;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

import io.covet.relations.exception.InvalidQueryException;
import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.ModelMeta;

/**
 * A model's default filter: a {@code static Q defaultFilter()} method declared on the model class itself (how a proxy
 * model narrows the rows it sees, like a Django proxy's default manager). It is called for every query set the model's
 * repository or managers start, as Django calls {@code get_queryset()}: a filter on the current time or the current
 * tenant must not be frozen at its first value and then shared by every later query and thread. Not API.
 */
public final class DefaultFilters {

	private DefaultFilters() {
	}

	/** The model's default filter as of now, or {@code null}. */
	static Q of(ModelMeta<?> model) {
		Method method = model.defaultFilterMethod();
		if (method == null) {
			return null;
		}
		try {
			return call(model, method);
		}
		catch (InvocationTargetException ex) {
			// The method's own failure (say, no tenant bound to this thread) reaches the caller as it is.
			if (ex.getCause() instanceof RuntimeException failure) {
				throw failure;
			}
			if (ex.getCause() instanceof Error error) {
				throw error;
			}
			throw new ModelDefinitionException(model.type(), "defaultFilter", "failed: " + ex.getCause());
		}
	}

	/**
	 * Calls the default filter once when {@code CovetRelations} is built and resolves its lookups, so that a misspelt
	 * field fails at startup instead of at every query of the model. A method that fails outside a request (no tenant
	 * bound yet) is not a definition error: its lookups are then resolved by each query, as any filter's are.
	 * @throws ModelDefinitionException when a lookup names no field of the model or no lookup
	 */
	public static void check(ModelMeta<?> model) {
		Method method = model.defaultFilterMethod();
		if (method == null) {
			return;
		}
		Q filter;
		try {
			filter = call(model, method);
		}
		catch (InvocationTargetException ex) {
			// The method's own failure, checked or not (no tenant bound yet): the queries check its lookups.
			return;
		}
		if (filter != null) {
			checkLookups(model, filter);
		}
	}

	/** Calls the method; its own failure comes back as the {@code InvocationTargetException}, for the caller to judge. */
	private static Q call(ModelMeta<?> model, Method method) throws InvocationTargetException {
		try {
			return (Q) method.invoke(null);
		}
		catch (IllegalAccessException ex) {
			throw new ModelDefinitionException(model.type(), "defaultFilter", "could not be called: " + ex);
		}
	}

	private static void checkLookups(ModelMeta<?> model, Q condition) {
		if (condition.kind() == Q.Kind.LEAF) {
			try {
				PathResolver.lookup(model, condition.lookup());
			}
			catch (InvalidQueryException ex) {
				throw new ModelDefinitionException(model.type(), "defaultFilter", ex.getMessage());
			}
		}
		else {
			condition.children().forEach(child -> checkLookups(model, child));
		}
	}
}
