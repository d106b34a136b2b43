package org.okr4j.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a shortcut that computes exactly what a general path beside it computes, only faster, so
 * that mutation testing (PIT filters methods carrying an annotation of this name) does not spend
 * minutes on its mutants: a mutant that merely sends an input down the general path is equivalent
 * and can never be killed. The shortcut's agreement with the general path is checked by a property
 * test in the ordinary suite instead.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.CLASS)
public @interface DoNotMutate {}
