/**
 * The error vocabulary of okr4j: {@link org.okr4j.validation.OkrError} records with stable codes,
 * paths and localized messages, shared by every validating entry point.
 */
@NullMarked
package org.okr4j.validation;

import org.jspecify.annotations.NullMarked;
