package io.covet.relations.autoconfigure.observation;

import io.micrometer.common.KeyValues;

import io.covet.relations.autoconfigure.observation.RelationsObservationDocumentation.LowCardinalityKeys;
import io.covet.relations.observation.RelationOperation;

/** {@code covet.relations.m2m.change}, tagged by relation, action and dialect. */
public class DefaultManyToManyObservationConvention implements ManyToManyObservationConvention {

	/** The observation's name, and so the name of the timer Micrometer derives from it. */
	public static final String NAME = "covet.relations.m2m.change";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(ManyToManyObservationContext context) {
		return "m2m " + context.getOperation().action() + " " + context.getOperation().relation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(ManyToManyObservationContext context) {
		RelationOperation.ManyToMany operation = context.getOperation();
		return KeyValues.of(LowCardinalityKeys.RELATION.withValue(operation.relation()),
				LowCardinalityKeys.ACTION.withValue(operation.action()),
				LowCardinalityKeys.DIALECT.withValue(operation.dialect()));
	}
}
