package org.okr4j.lint;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.alignment.AlignmentGraph;
import org.okr4j.internal.Problems;
import org.okr4j.model.CheckIn;
import org.okr4j.model.OkrSet;
import org.okr4j.scoring.Scorecard;
import org.okr4j.scoring.Scorer;
import org.okr4j.scoring.ScoringPolicy;
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
 * <p>Two optional inputs serve the rules about alignment and results: an {@link #graph()
 * alignment graph} over the same set ({@link #withGraph}) and a {@link #scorecard() scorecard}
 * ({@link #withScorecard}, or {@link #withScoring} to score the set as of the context's instant).
 * A rule that needs an input that is absent finds nothing: {@link BuiltInRule#NOT_ALIGNED},
 * {@link BuiltInRule#LEVEL_SKIPPED} and {@link BuiltInRule#PRIVATE_TO_PUBLIC} need the graph,
 * {@link BuiltInRule#COMMITMENT_FORECAST_MISS} and {@link BuiltInRule#SANDBAGGING} the scorecard.
 *
 * <pre>{@code
 * LintContext full = LintContext.of(set, asOf)
 *     .withGraph(graph)                         // graph.set() must be set
 *     .withScoring(ScoringPolicy.defaults());   // or withScorecard(card)
 * }</pre>
 *
 * <p>The context is built through {@link #of}, {@link #validate} and the {@code with...} copies
 * only. Immutable and thread-safe.
 */
@Value.Immutable
public abstract class LintContext {

  LintContext() {}

  /**
   * Returns the OKR set to check; findings' paths point into it.
   *
   * @return the set
   */
  public abstract OkrSet okrSet();

  /**
   * Returns the instant of evaluation.
   *
   * @return the instant, between {@link CheckIn#MIN_INSTANT} and {@link CheckIn#MAX_INSTANT}
   */
  public abstract Instant asOf();

  /**
   * Returns the alignment graph of {@link #okrSet()}, if the host supplied one.
   *
   * @return the graph, or empty: the rules about alignment then find nothing
   */
  public abstract Option<AlignmentGraph> graph();

  /**
   * Returns the scorecard of {@link #okrSet()}, if the host supplied one. Its own instant of
   * evaluation is used as it is; {@link #withScoring} scores as of {@link #asOf()}.
   *
   * @return the scorecard, or empty: the rules about scores then find nothing
   */
  public abstract Option<Scorecard> scorecard();

  /**
   * Returns a copy with an alignment graph.
   *
   * @param graph the alignment graph of this context's set: {@code graph.set()} must equal
   *     {@link #okrSet()}, since findings point into that set
   * @return the copy
   * @throws OkrException with {@code okr.required} at {@code /graph} if {@code graph} is
   *     {@code null}, or {@code okr.out-of-range} at {@code /graph/set} if it is the graph of
   *     another set
   */
  public LintContext withGraph(AlignmentGraph graph) {
    OkrPath at = OkrPath.of("graph");
    if (graph == null) {
      throw new OkrException(List.of(new OkrError.Required(at)));
    }
    if (graph.set() != okrSet() && !graph.set().equals(okrSet())) {
      throw new OkrException(List.of(new OkrError.OutOfRange(at.key("set"), "another OKR set", "the linted set")));
    }
    return ImmutableLintContext.of(okrSet(), asOf(), Option.some(graph), scorecard());
  }

  /**
   * Returns a copy with a scorecard. The scorecard should be of {@link #okrSet()}; objectives it
   * does not score are skipped by the rules that use it.
   *
   * @param scorecard the scorecard
   * @return the copy
   * @throws OkrException with {@code okr.required} at {@code /scorecard} if it is {@code null}
   */
  public LintContext withScorecard(Scorecard scorecard) {
    if (scorecard == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of("scorecard"))));
    }
    return ImmutableLintContext.of(okrSet(), asOf(), graph(), Option.some(scorecard));
  }

  /**
   * Returns a copy with the scorecard of {@link #okrSet()} under {@code policy} as of
   * {@link #asOf()}: short for {@code withScorecard(Scorer.evaluate(okrSet(), policy, asOf()))}.
   *
   * @param policy the scoring policy
   * @return the copy
   * @throws OkrException with {@code okr.required} at {@code /policy} if it is {@code null}
   */
  public LintContext withScoring(ScoringPolicy policy) {
    if (policy == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of("policy"))));
    }
    return withScorecard(Scorer.evaluate(okrSet(), policy, asOf()));
  }

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
    problems.instant(asOf, OkrPath.of("asOf"));
    return problems.result(() -> ImmutableLintContext.of(okrSet, asOf, Option.none(), Option.none()));
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
