package io.covet.relations.metadata;

import java.lang.reflect.Constructor;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstantiatorTests {

	@Test
	void privateClassesWithPrivateConstructorsGetAGeneratedConstructorCall() throws Exception {
		Instantiator<Hidden> instantiator = Instantiator.of(accessible(Hidden.class));
		assertThat(instantiator.isGenerated()).isTrue();
		Hidden first = instantiator.newInstance();
		assertThat(first.label).isEqualTo("fresh");
		assertThat(instantiator.newInstance()).isNotSameAs(first);
	}

	@Test
	void reflectionGivesTheSameInstances() throws Exception {
		Instantiator<Hidden> instantiator = Instantiator.reflective(accessible(Hidden.class));
		assertThat(instantiator.isGenerated()).isFalse();
		assertThat(instantiator.newInstance().label).isEqualTo("fresh");
	}

	@Test
	void aFailingConstructorIsReportedWithItsCauseEitherWay() throws Exception {
		for (Instantiator<Failing> instantiator : java.util.List.of(Instantiator.of(accessible(Failing.class)),
				Instantiator.reflective(accessible(Failing.class)))) {
			assertThatThrownBy(instantiator::newInstance).isInstanceOf(IllegalStateException.class)
				.hasMessageContaining(Failing.class.getName())
				.hasRootCauseMessage("no rows for you");
		}
	}

	private static <T> Constructor<T> accessible(Class<T> type) throws NoSuchMethodException {
		Constructor<T> constructor = type.getDeclaredConstructor();
		constructor.setAccessible(true);
		return constructor;
	}

	private static final class Hidden {

		private final String label = "fresh";

		private Hidden() {
		}
	}

	private static final class Failing {

		private Failing() {
			throw new UnsupportedOperationException("no rows for you");
		}
	}
}
