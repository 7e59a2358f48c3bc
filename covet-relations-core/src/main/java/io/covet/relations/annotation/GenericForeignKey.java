package io.covet.relations.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a reference to an object of any registered model, on a field of type {@code GenericRef}. Two ordinary
 * columns carry it: a foreign key to {@code ContentType} (which model) and the object's key.
 *
 * <pre>{@code
 * @ForeignKey(relatedName = "+") private Ref<ContentType> contentType = Ref.none();
 * private String objectId;
 * @GenericForeignKey(ctField = "contentType", idField = "objectId")
 * private GenericRef contentObject = GenericRef.none();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface GenericForeignKey {

	/** The field holding the content type: a {@code Ref<ContentType>} foreign key. */
	String ctField() default "contentType";

	/** The field holding the object's key; text columns hold keys of any type. */
	String idField() default "objectId";
}
