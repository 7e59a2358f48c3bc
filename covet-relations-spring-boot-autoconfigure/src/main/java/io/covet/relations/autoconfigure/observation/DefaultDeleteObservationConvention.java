package io.covet.relations.autoconfigure.observation;

import io.micrometer.common.KeyValues;

import io.covet.relations.autoconfigure.observation.RelationsObservationDocumentation.HighCardinalityKeys;
import io.covet.relations.autoconfigure.observation.RelationsObservationDocumentation.LowCardinalityKeys;
import io.covet.relations.observation.RelationOperation;

/** {@code covet.relations.delete.cascade}, tagged by the deleted model and dialect. */
public class DefaultDeleteObservationConvention implements DeleteObservationConvention {

	/** The observation's name, and so the name of the timer Micrometer derives from it. */
	public static final String NAME = "covet.relations.delete.cascade";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(DeleteObservationContext context) {
		return "delete " + context.getOperation().model();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(DeleteObservationContext context) {
		RelationOperation.Delete operation = context.getOperation();
		return KeyValues.of(LowCardinalityKeys.MODEL.withValue(operation.model()),
				LowCardinalityKeys.DIALECT.withValue(operation.dialect()));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(DeleteObservationContext context) {
		return KeyValues.of(HighCardinalityKeys.KEYS.withValue(Integer.toString(context.getOperation().keys())))
			.and(context.rowsKeyValues());
	}
}
