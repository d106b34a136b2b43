/**
 * The error vocabulary of okr4j: {@link org.okr4j.validation.OkrError} records with stable codes,
 * paths and localized messages, shared by every validating entry point.
 *
 * <p><b>Three ways to report a problem</b>, chosen by what a method does:
 * <ul>
 *   <li>{@code Validation<Seq<OkrError>, T>} where input can have many problems: the
 *       {@code validate(...)} methods and builders' {@code build()} return every problem at once,
 *       and never throw for bad input ({@code null} is {@code okr.required}).</li>
 *   <li>{@code Either<OkrError, T>} for one step on valid values that fails for one reason:
 *       {@code parse(...)} of ids and numbers, {@code withCheckIn}, an alignment graph's
 *       {@code link}, {@code rescore}, {@code ScoringPolicy.preset}.</li>
 *   <li>Exceptions only for the {@code of(...)}, {@code buildOrThrow()} and checked
 *       {@code with*} conveniences ({@link org.okr4j.validation.OkrException}, carrying the same
 *       errors), for arguments that break a method's contract (also {@code OkrException}), and at
 *       I/O edges (the JSON modules' readers).</li>
 * </ul>
 * The guide with examples is {@code docs/errors.md} in the repository
 * (<a href="https://github.com/okr4j/okr4j/blob/main/docs/errors.md">docs/errors.md</a>).
 */
@NullMarked
package org.okr4j.validation;

import org.jspecify.annotations.NullMarked;
