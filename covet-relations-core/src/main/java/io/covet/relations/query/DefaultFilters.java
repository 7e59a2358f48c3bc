package io.covet.relations.query;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;

import io.covet.relations.exception.ModelDefinitionException;
import io.covet.relations.metadata.ModelMeta;

/**
 * A model's default filter: a {@code static Q defaultFilter()} method declared on the model class itself (how a proxy
 * model narrows the rows it sees, like a Django proxy's default manager).
 */
final class DefaultFilters {

	private static final ClassValue<Q> FILTERS = new ClassValue<>() {
		@Override
		protected Q computeValue(Class<?> type) {
			try {
				Method method = type.getDeclaredMethod("defaultFilter");
				if (!Modifier.isStatic(method.getModifiers()) || method.getReturnType() != Q.class) {
					throw new ModelDefinitionException(type, "defaultFilter", "must be a static method returning Q");
				}
				method.setAccessible(true);
				return (Q) method.invoke(null);
			}
			catch (NoSuchMethodException ex) {
				return null;
			}
			catch (ReflectiveOperationException ex) {
				throw new ModelDefinitionException(type, "defaultFilter", "could not be called: " + ex);
			}
		}
	};

	private DefaultFilters() {
	}

	static Q of(ModelMeta<?> model) {
		return FILTERS.get(model.type());
	}
}
