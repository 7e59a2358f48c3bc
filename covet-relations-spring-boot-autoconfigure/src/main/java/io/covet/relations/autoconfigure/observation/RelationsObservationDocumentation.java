package io.covet.relations.autoconfigure.observation;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The observations Covet Relations makes, with their keys. Low-cardinality keys are bounded by the model graph and
 * become meter tags; high-cardinality ones vary per call and only reach traces.
 */
public enum RelationsObservationDocumentation implements ObservationDocumentation {

	/** One level of {@code prefetchRelated}: {@code covet.relations.prefetch.lookup}. */
	PREFETCH {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultPrefetchObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return new KeyName[] { LowCardinalityKeys.MODEL, LowCardinalityKeys.RELATION, LowCardinalityKeys.DIALECT };
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return new KeyName[] { HighCardinalityKeys.OWNERS, HighCardinalityKeys.ROWS };
		}
	},

	/** A delete through the deletion collector, cascades included: {@code covet.relations.delete.cascade}. */
	DELETE {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultDeleteObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return new KeyName[] { LowCardinalityKeys.MODEL, LowCardinalityKeys.DIALECT };
		}

		@Override
		public KeyName[] getHighCardinalityKeyNames() {
			return new KeyName[] { HighCardinalityKeys.KEYS, HighCardinalityKeys.ROWS };
		}
	},

	/** A change of one owner's many-to-many pairs: {@code covet.relations.m2m.change}. */
	MANY_TO_MANY {
		@Override
		public Class<? extends ObservationConvention<? extends Observation.Context>> getDefaultConvention() {
			return DefaultManyToManyObservationConvention.class;
		}

		@Override
		public KeyName[] getLowCardinalityKeyNames() {
			return new KeyName[] { LowCardinalityKeys.RELATION, LowCardinalityKeys.ACTION, LowCardinalityKeys.DIALECT };
		}
	};

	/** Keys with a bounded set of values: meter tags. */
	public enum LowCardinalityKeys implements KeyName {

		/** Simple name of the model: the owners' model of a prefetch, the deleted model of a delete. */
		MODEL {
			@Override
			public String asString() {
				return "model";
			}
		},

		/** {@code Model.name} of the relation. */
		RELATION {
			@Override
			public String asString() {
				return "relation";
			}
		},

		/** {@code add}, {@code remove}, {@code clear} or {@code set}. */
		ACTION {
			@Override
			public String asString() {
				return "action";
			}
		},

		/** The dialect's name. */
		DIALECT {
			@Override
			public String asString() {
				return "dialect";
			}
		}
	}

	/** Keys whose values vary per call: trace attributes only. */
	public enum HighCardinalityKeys implements KeyName {

		/** Objects a prefetch level loads for. */
		OWNERS {
			@Override
			public String asString() {
				return "covet.relations.owners";
			}
		},

		/** Primary keys a delete was asked for. */
		KEYS {
			@Override
			public String asString() {
				return "covet.relations.keys";
			}
		},

		/** Rows loaded (prefetch) or deleted, cascades included (delete); absent after a failure. */
		ROWS {
			@Override
			public String asString() {
				return "covet.relations.rows";
			}
		}
	}
}
