package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a subclass of a model as a proxy (Django's proxy models): the same table and columns, other behaviour —
 * methods, a default ordering ({@link Model#ordering()}) and a default filter (a static {@code Q defaultFilter()}
 * method, called for every query of the model). A proxy declares no columns of its own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Proxy {
}
