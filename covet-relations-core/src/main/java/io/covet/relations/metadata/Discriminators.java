package io.covet.relations.metadata;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.covet.relations.annotation.DiscriminatorValue;
import io.covet.relations.annotation.Inheritance;
import io.covet.relations.exception.ModelDefinitionException;

/**
 * The discriminator of a single-table hierarchy: one computed column shared by every class of the hierarchy, whose
 * value is the class's discriminator value, and the map back from values to models used when reading rows. Every
 * {@link ModelMeta} of the hierarchy holds the one instance, so it lives as long as the registry and no longer: a
 * static map from columns to instances kept every registry ever built reachable, with its classes (and, under
 * DevTools, each restart's class loader).
 */
final class Discriminators {

	private final Map<Class<?>, String> values = new ConcurrentHashMap<>();

	private final Map<String, ModelMeta<?>> models = new ConcurrentHashMap<>();

	private Discriminators() {
	}

	static void configure(ModelMeta<?> meta, ModelMeta<?> parent) {
		Discriminators discriminators;
		FieldMeta column;
		if (parent == null) {
			Inheritance inheritance = meta.type().getAnnotation(Inheritance.class);
			if (inheritance == null || inheritance.value() != Inheritance.Strategy.SINGLE_TABLE) {
				return;
			}
			Identifiers.validate(meta.type(), null, inheritance.discriminatorColumn());
			discriminators = new Discriminators();
			column = FieldMeta.computed(inheritance.discriminatorColumn(),
					instance -> discriminators.values.get(instance.getClass()), 100);
			column.attach(meta, null);
			meta.addComputedField(column);
		}
		else if (meta.inheritance() == InheritanceKind.SINGLE_TABLE) {
			column = parent.discriminator();
			discriminators = parent.discriminators();
		}
		else {
			ModelMeta<?> concrete = meta.concreteModel();
			if (concrete != meta && concrete.discriminator() != null) {
				// A proxy's rows are the class's rows: it writes the class's value (and reads no value of its own).
				concrete.discriminators().values.put(meta.type(), concrete.discriminatorValue());
			}
			return;
		}
		DiscriminatorValue declared = meta.type().getAnnotation(DiscriminatorValue.class);
		String value = (declared != null) ? declared.value() : meta.type().getSimpleName().toLowerCase(Locale.ROOT);
		ModelMeta<?> clash = discriminators.models.putIfAbsent(value, meta);
		if (clash != null) {
			throw new ModelDefinitionException(meta.type(), null,
					"discriminator value '" + value + "' is also used by " + clash.name());
		}
		discriminators.values.put(meta.type(), value);
		meta.setDiscriminator(column, value, discriminators);
	}

	/** The model of a discriminator value read from a row, or {@code null}. */
	ModelMeta<?> modelFor(String value) {
		return (value == null) ? null : this.models.get(value);
	}
}
