package io.covet.relations.autoconfigure;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Matches unless a boolean property is switched off. The property is read as {@code @ConfigurationProperties} binds
 * it ({@code false}, {@code off}, {@code no}, {@code 0} are off), where {@code @ConditionalOnProperty} would take
 * {@code off} for on and {@code @ConditionalOnBooleanProperty} would take {@code on} for off.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.TYPE, ElementType.METHOD })
@Documented
@Conditional(OnSwitchCondition.class)
public @interface ConditionalOnSwitch {

	/** The property, such as {@code covet.relations.metrics.enabled}; unset means on. */
	String value();
}
