package org.okr4j.lint;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.model.CheckIn;
import org.okr4j.model.OkrSet;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * What a lint run looks at: an {@link OkrSet} and the instant {@link #asOf()} at which it is
 * evaluated. Rules that depend on time (stale key results, the start of a cycle) use only what
 * was known at {@code asOf}: check-ins after it are ignored, so linting an archived set as of a
 * past date gives the findings of that date.
 *
 * <pre>{@code
 * LintContext context = LintContext.of(set, Instant.parse("2026-02-15T09:00:00Z"));
 * }</pre>
 *
 * <p>The context is built through {@link #of} or {@link #validate} only, so that later versions
 * can add optional inputs (an alignment graph, a scorecard) as further {@code with...} copies
 * without changing these factories; rules that need such an input will skip the set when it is
 * absent. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LintContext {

  LintContext() {}

  /**
   * Returns the OKR set to check; findings' paths point into it.
   *
   * @return the set
   */
  @Value.Parameter
  public abstract OkrSet okrSet();

  /**
   * Returns the instant of evaluation.
   *
   * @return the instant, between {@link CheckIn#MIN_INSTANT} and {@link CheckIn#MAX_INSTANT}
   */
  @Value.Parameter
  public abstract Instant asOf();

  /**
   * Validates and builds a context.
   *
   * @param okrSet the set to check, may be {@code null}
   * @param asOf the instant of evaluation, may be {@code null}
   * @return the context, or every problem: {@code okr.required} at {@code /okrSet} or
   *     {@code /asOf}, {@code okr.out-of-range} at {@code /asOf} outside the years 1900 to 9999
   */
  public static Validation<Seq<OkrError>, LintContext> validate(@Nullable OkrSet okrSet, @Nullable Instant asOf) {
    Problems problems = new Problems();
    problems.present(okrSet, OkrPath.of("okrSet"));
    OkrPath at = OkrPath.of("asOf");
    if (problems.present(asOf, at) && (asOf.isBefore(CheckIn.MIN_INSTANT) || asOf.isAfter(CheckIn.MAX_INSTANT))) {
      problems.add(new OkrError.OutOfRange(at, asOf.toString(),
          "[" + CheckIn.MIN_INSTANT + ", " + CheckIn.MAX_INSTANT + "]"));
    }
    return problems.result(() -> ImmutableLintContext.of(okrSet, asOf));
  }

  /**
   * Returns the context of {@code okrSet} as of {@code asOf}.
   *
   * @param okrSet the set to check
   * @param asOf the instant of evaluation
   * @return the context
   * @throws OkrException if an input is missing or {@code asOf} is out of range
   */
  public static LintContext of(OkrSet okrSet, Instant asOf) {
    return OkrException.getOrThrow(validate(okrSet, asOf));
  }
}
