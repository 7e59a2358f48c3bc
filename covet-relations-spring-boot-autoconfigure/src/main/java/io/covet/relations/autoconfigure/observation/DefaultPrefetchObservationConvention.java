package io.covet.relations.autoconfigure.observation;

import io.micrometer.common.KeyValues;

import io.covet.relations.autoconfigure.observation.RelationsObservationDocumentation.HighCardinalityKeys;
import io.covet.relations.autoconfigure.observation.RelationsObservationDocumentation.LowCardinalityKeys;
import io.covet.relations.observation.RelationOperation;

/** {@code covet.relations.prefetch.lookup}, tagged by model, relation and dialect. */
public class DefaultPrefetchObservationConvention implements PrefetchObservationConvention {

	/** The observation's name, and so the name of the timer Micrometer derives from it. */
	public static final String NAME = "covet.relations.prefetch.lookup";

	@Override
	public String getName() {
		return NAME;
	}

	@Override
	public String getContextualName(PrefetchObservationContext context) {
		return "prefetch " + context.getOperation().relation();
	}

	@Override
	public KeyValues getLowCardinalityKeyValues(PrefetchObservationContext context) {
		RelationOperation.Prefetch operation = context.getOperation();
		return KeyValues.of(LowCardinalityKeys.MODEL.withValue(operation.model()),
				LowCardinalityKeys.RELATION.withValue(operation.relation()),
				LowCardinalityKeys.DIALECT.withValue(operation.dialect()));
	}

	@Override
	public KeyValues getHighCardinalityKeyValues(PrefetchObservationContext context) {
		return KeyValues.of(HighCardinalityKeys.OWNERS.withValue(Integer.toString(context.getOperation().owners())))
			.and(context.rowsKeyValues());
	}
}
