package io.covet.relations.autoconfigure;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.ClassUtils;

/**
 * Matches when {@code covet.relations.schema.auto-create} binds to true ({@code true}, {@code on}, {@code yes},
 * {@code 1}), or is unset and Flyway is not on the classpath.
 */
class OnSchemaAutoCreateCondition extends SpringBootCondition {

	private static final String PROPERTY = "covet.relations.schema.auto-create";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		Boolean enabled = OnSwitchCondition.bound(context.getEnvironment(), PROPERTY).orElse(null);
		if (enabled != null) {
			return new ConditionOutcome(enabled, PROPERTY + " is " + enabled);
		}
		boolean flyway = ClassUtils.isPresent("org.flywaydb.core.Flyway", context.getClassLoader());
		return new ConditionOutcome(!flyway,
				flyway ? "Flyway is present and " + PROPERTY + " is unset" : PROPERTY + " is unset and Flyway is absent");
	}
}
