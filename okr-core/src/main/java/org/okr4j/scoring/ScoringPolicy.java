package org.okr4j.scoring;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import java.util.Locale;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrPath;

/**
 * Every scoring rule of okr4j as one value, composed of sub-policies: {@link #progress()} (key
 * results), {@link #rollUp()} (objectives), {@link #grading()} (grades, bands, verdicts),
 * {@link #status()}, {@link #forecast()} and {@link #confidence()}. Each option of each sub-policy
 * has a documented default (docs/conventions.md §0) and names the products that use each variant; presets
 * reproduce documented product behaviour:
 * <ul>
 *   <li>{@link #defaults()}: raw key-result progress, roll-up of values clamped to [0, 1] with
 *       normalized weights, Google's colour bands;</li>
 *   <li>{@link #google()}: key results graded 0.0–1.0 in tenths;</li>
 *   <li>{@link #quantive()}: nothing capped, strict thresholds, plain mean, no colour scale;</li>
 *   <li>{@link #perdoo()}: raw key results capped to [0, 1] when rolled up with a plain mean, the
 *       weakest status, confidence cleared at 100 %;</li>
 *   <li>{@link #oslo()}: Oslo okr-tracker's clamped scale, weighted mean, no check-in counts as 0;</li>
 *   <li>{@link #puzzle()}: Puzzle OKR's progress floored at 0, linear key results scored against
 *       the stretch level ({@link StretchPolicy#puzzle()}), and fail / commit / target / stretch
 *       bands.</li>
 * </ul>
 *
 * <pre>{@code
 * ScoringPolicy policy = ScoringPolicy.perdoo()
 *     .withStatus(StatusPolicy.defaults().withRule(StatusRule.oboard()));
 * Scorecard card = Scorer.evaluate(set, policy, Instant.parse("2026-02-15T00:00:00Z"));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class ScoringPolicy {



  private static final ScoringPolicy DEFAULTS = ImmutableScoringPolicy.builder()
      .progress(ProgressPolicy.defaults())
      .rollUp(RollUpPolicy.defaults())
      .grading(GradingPolicy.defaults())
      .status(StatusPolicy.defaults())
      .forecast(ForecastPolicy.defaults())
      .confidence(ConfidencePolicy.defaults())
      .build();

  private static final Seq<String> PRESETS = List.of("default", "google", "quantive", "perdoo", "oslo", "puzzle");

  ScoringPolicy() {}

  /**
   * Returns how key-result progress is computed.
   *
   * @return the progress policy
   */
  public abstract ProgressPolicy progress();

  /**
   * Returns how objectives roll up from key results and aligned children.
   *
   * @return the roll-up policy
   */
  public abstract RollUpPolicy rollUp();

  /**
   * Returns how grades, colour bands and verdicts are derived.
   *
   * @return the grading policy
   */
  public abstract GradingPolicy grading();

  /**
   * Returns how statuses are derived.
   *
   * @return the status policy
   */
  public abstract StatusPolicy status();

  /**
   * Returns how progress is forecast.
   *
   * @return the forecast policy
   */
  public abstract ForecastPolicy forecast();

  /**
   * Returns how confidence is read and aggregated.
   *
   * @return the confidence policy
   */
  public abstract ConfidencePolicy confidence();

  /**
   * Returns the default scoring policy; each option's default is named in its accessor's
   * documentation.
   *
   * @return the defaults
   */
  public static ScoringPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * Returns Google's grading (re:Work, Measure What Matters): key-result progress clamped to
   * [0, 1] and graded in tenths on red &lt; 0.4 ≤ yellow &lt; 0.7 ≤ green; objectives average their
   * key results (weighted when weights are set); committed objectives expect 1.0, aspirational
   * ones 0.6–0.7.
   *
   * @return the preset
   */
  public static ScoringPolicy google() {
    return defaults()
        .withProgress(ProgressPolicy.defaults().withCap(Cap.clamp01()))
        .withGrading(GradingPolicy.defaults().withScale(GradeScale.tenths()));
  }

  /**
   * Returns Quantive's documented behaviour: progress is never capped, at key-result level or in
   * the roll-up ("can be out of the 0 % to 100 % range"); "stay above/below" thresholds are strict;
   * objectives take the plain mean of key-result progress; no colour scale by default.
   *
   * @return the preset
   */
  public static ScoringPolicy quantive() {
    return defaults()
        .withProgress(ProgressPolicy.defaults().withThresholdEquality(ProgressPolicy.ThresholdEquality.STRICT))
        .withRollUp(RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.MEAN).withCap(Cap.none()))
        .withGrading(GradingPolicy.defaults().withBands(Bands.none()));
  }

  /**
   * Returns Perdoo's documented behaviour: a key result may exceed 100 % but is capped at 100 %,
   * and negative values treated as 0 %, when rolled into its objective; objectives take the plain
   * mean, key results without progress counting as 0 (100 %, 0 %, 0 % → 33 %); the objective's
   * status is its weakest key result's; confidence is cleared once a key result reaches 100 %.
   *
   * @return the preset
   */
  public static ScoringPolicy perdoo() {
    return defaults()
        .withRollUp(RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.MEAN).withCap(Cap.clamp01())
            .withMissing(RollUpPolicy.Missing.COUNT_AS_ZERO))
        .withStatus(StatusPolicy.defaults().withObjectiveStatus(StatusPolicy.StatusRollUp.WEAKEST))
        .withConfidence(ConfidencePolicy.defaults().withClearWhenDone(true));
  }

  /**
   * Returns Oslo kommune's okr-tracker: progress on a linear scale clamped to [0, 1]; a key result
   * without a check-in is at its baseline (0); objectives take the weighted mean
   * ({@code weight / totalWeight}).
   *
   * @return the preset
   */
  public static ScoringPolicy oslo() {
    return defaults()
        .withProgress(ProgressPolicy.defaults().withCap(Cap.clamp01()).withNoCheckIn(ProgressPolicy.NoCheckIn.ZERO))
        .withRollUp(RollUpPolicy.defaults().withMethod(RollUpPolicy.Method.WEIGHTED_MEAN).withCap(Cap.clamp01()));
  }

  /**
   * Returns Puzzle OKR's conventions: key-result progress floored at 0 (never negative, not capped
   * above), graded on the fail / commit / target / stretch bands ({@link Bands#puzzle()}); linear
   * key results are scored against their stretch levels with {@link StretchPolicy#puzzle()} (the
   * stretch level, derived as {@code b + (t − b) / 0.7}, is 100 %) and report their zone.
   *
   * @return the preset
   */
  public static ScoringPolicy puzzle() {
    return defaults()
        .withProgress(ProgressPolicy.defaults().withCap(Cap.nonNegative())
            .withStretch(io.vavr.control.Option.some(StretchPolicy.puzzle())))
        .withGrading(GradingPolicy.defaults().withBands(Bands.puzzle()));
  }

  /**
   * Returns the names of the presets, each accepted by {@link #preset(String)}: {@code default}
   * ({@link #defaults()}), {@code google}, {@code quantive}, {@code perdoo}, {@code oslo} and
   * {@code puzzle}, so that a configuration file, a command line or a settings screen can name a
   * policy.
   *
   * @return the names, in this order
   */
  public static Seq<String> presets() {
    return PRESETS;
  }

  /**
   * Returns the preset called {@code name}, one of {@link #presets()}, ignoring case.
   *
   * <pre>{@code
   * ScoringPolicy.preset("google");  // Right(ScoringPolicy.google())
   * ScoringPolicy.preset("gogle");   // Left(okr.out-of-range at /preset: is "gogle", but must be one of
   *                                  //      default, google, quantive, perdoo, oslo, puzzle)
   * }</pre>
   *
   * @param name the preset's name, such as {@code google}
   * @return the preset, or {@code okr.required} (no name) or {@code okr.out-of-range} (an unknown
   *     name) at {@code /preset}
   */
  public static Either<OkrError, ScoringPolicy> preset(@Nullable String name) {
    OkrPath path = OkrPath.of("preset");
    if (name == null) {
      return Either.left(new OkrError.Required(path));
    }
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "default" -> Either.right(defaults());
      case "google" -> Either.right(google());
      case "quantive" -> Either.right(quantive());
      case "perdoo" -> Either.right(perdoo());
      case "oslo" -> Either.right(oslo());
      case "puzzle" -> Either.right(puzzle());
      default -> Either.left(new OkrError.OutOfRange(path,
          "\"" + (name.length() > 64 ? name.substring(0, 63) + "…" : name) + "\"",
          "one of " + PRESETS.mkString(", ")));
    };
  }

  /**
   * Returns a copy with another {@link #progress()}.
   *
   * @param progress the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code progress} is missing
   */
  public ScoringPolicy withProgress(ProgressPolicy progress) {
    return ImmutableScoringPolicy.copyOf(this).copyWithProgress(Args.require(progress, "progress"));
  }

  /**
   * Returns a copy with another {@link #rollUp()}.
   *
   * @param rollUp the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code rollUp} is missing
   */
  public ScoringPolicy withRollUp(RollUpPolicy rollUp) {
    return ImmutableScoringPolicy.copyOf(this).copyWithRollUp(Args.require(rollUp, "rollUp"));
  }

  /**
   * Returns a copy with another {@link #grading()}.
   *
   * @param grading the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code grading} is missing
   */
  public ScoringPolicy withGrading(GradingPolicy grading) {
    return ImmutableScoringPolicy.copyOf(this).copyWithGrading(Args.require(grading, "grading"));
  }

  /**
   * Returns a copy with another {@link #status()}.
   *
   * @param status the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code status} is missing
   */
  public ScoringPolicy withStatus(StatusPolicy status) {
    return ImmutableScoringPolicy.copyOf(this).copyWithStatus(Args.require(status, "status"));
  }

  /**
   * Returns a copy with another {@link #forecast()}.
   *
   * @param forecast the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code forecast} is missing
   */
  public ScoringPolicy withForecast(ForecastPolicy forecast) {
    return ImmutableScoringPolicy.copyOf(this).copyWithForecast(Args.require(forecast, "forecast"));
  }

  /**
   * Returns a copy with another {@link #confidence()}.
   *
   * @param confidence the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code confidence} is missing
   */
  public ScoringPolicy withConfidence(ConfidencePolicy confidence) {
    return ImmutableScoringPolicy.copyOf(this).copyWithConfidence(Args.require(confidence, "confidence"));
  }

}
