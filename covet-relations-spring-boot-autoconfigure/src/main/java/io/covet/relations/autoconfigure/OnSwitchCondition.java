package io.covet.relations.autoconfigure;

import java.util.Optional;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.BindResult;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/** The condition of {@link ConditionalOnSwitch}. */
class OnSwitchCondition extends SpringBootCondition {

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String property = (String) metadata.getAnnotationAttributes(ConditionalOnSwitch.class.getName()).get("value");
		boolean on = bound(context.getEnvironment(), property).orElse(true);
		return new ConditionOutcome(on, property + (on ? " is not switched off" : " is switched off"));
	}

	/** The property as the binder reads it: empty when unset. */
	static Optional<Boolean> bound(Environment environment, String property) {
		BindResult<Boolean> result = Binder.get(environment).bind(property, Boolean.class);
		return result.isBound() ? Optional.of(result.get()) : Optional.empty();
	}
}
