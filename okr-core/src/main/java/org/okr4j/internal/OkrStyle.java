package org.okr4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of okr4j values: the generated {@code Immutable*} class is package-private
 * and built only through its {@code of(...)} constructor, which the public abstract type's
 * validating factories call after every input check has passed. No generated builder or
 * {@code with*} escapes the package, so no value can be built without validation.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    allParameters = true,
    defaults = @Value.Immutable(builder = false, copy = false, prehash = true),
    jdkOnly = true)
public @interface OkrStyle {}
