package org.okr4j.scoring;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.model.ObjectiveType;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How progress becomes a grade, a colour band and, for an objective, a verdict (docs/conventions.md §2). The
 * grade is the reported progress clamped to [0, 1] and shown on {@link #scale()}; the band comes
 * from the grade on {@link #bands()}; the verdict compares an objective's grade with what its
 * {@link ObjectiveType} expects: a committed objective is expected to reach
 * {@link #committedTarget()} (1.0; a miss "requires a postmortem"), an aspirational one to land in
 * the sweet spot [{@link #sweetSpotLow()}, {@link #sweetSpotHigh()}] = [0.6, 0.7] (Google).
 *
 * <pre>{@code
 * GradingPolicy google = GradingPolicy.defaults().withScale(GradeScale.tenths());
 * google.verdict(ObjectiveType.ASPIRATIONAL, Option.some(new BigDecimal("0.7"))); // IN_SWEET_SPOT
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable(builder = true, copy = true, prehash = false)
public abstract class GradingPolicy {

  private static final BigDecimal SWEET_LOW = new BigDecimal("0.6");
  private static final BigDecimal SWEET_HIGH = new BigDecimal("0.7");

  private static final GradingPolicy DEFAULTS = ImmutableGradingPolicy.builder()
      .scale(GradeScale.continuous())
      .bands(Bands.google())
      .committedTarget(BigDecimal.ONE)
      .sweetSpotLow(SWEET_LOW)
      .sweetSpotHigh(SWEET_HIGH)
      .build();

  GradingPolicy() {}

  /**
   * Returns how grades are shown: continuous (default), rounded to one decimal (Google: 0.0–1.0 in
   * tenths) or agreed levels such as 0 / 0.3 / 0.7 / 1.0 (Lamorte).
   *
   * @return the scale; {@link GradeScale#continuous()} by default
   */
  public abstract GradeScale scale();

  /**
   * Returns the colour bands of grades. Default {@link Bands#google()}: red &lt; 0.4 ≤ yellow &lt; 0.7 ≤
   * green (Google, worxmate); presets for Puzzle OKR, Qulture.Rocks, WorkBoard, ServiceNow; {@link
   * Bands#none()} for Quantive, whose colour scales are admin-defined.
   *
   * @return the bands; {@link Bands#google()} by default
   */
  public abstract Bands bands();

  /**
   * Returns the grade a committed objective is expected to reach: 1.0 by default (Google:
   * "committed OKRs are expected to be met in full").
   *
   * @return the target in [0, 1]; 1 by default
   */
  public abstract BigDecimal committedTarget();

  /**
   * Returns the lowest grade of the aspirational sweet spot: 0.6 by default (Google's 0.6–0.7).
   *
   * @return the lower end in [0, 1]; 0.6 by default
   */
  public abstract BigDecimal sweetSpotLow();

  /**
   * Returns the highest grade of the aspirational sweet spot: 0.7 by default (Google's 0.6–0.7;
   * Tability advises 0.8–0.9).
   *
   * @return the upper end in [0, 1]; 0.7 by default
   */
  public abstract BigDecimal sweetSpotHigh();

  /**
   * Returns the default grading policy; each option's default is named in its accessor's
   * documentation.
   *
   * @return the defaults
   */
  public static GradingPolicy defaults() {
    return DEFAULTS;
  }



  /**
   * Returns a copy with another {@link #scale()}.
   *
   * @param scale the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code scale} is missing
   */
  public GradingPolicy withScale(GradeScale scale) {
    return ImmutableGradingPolicy.copyOf(this).copyWithScale(Args.require(scale, "scale"));
  }

  /**
   * Returns a copy with another {@link #bands()}.
   *
   * @param bands the new value
   * @return the copy
   * @throws org.okr4j.validation.OkrException if {@code bands} is missing
   */
  public GradingPolicy withBands(Bands bands) {
    return ImmutableGradingPolicy.copyOf(this).copyWithBands(Args.require(bands, "bands"));
  }

  /**
   * Returns a copy with another grade expected of committed objectives.
   *
   * @param target the target, in [0, 1]
   * @return the copy
   * @throws OkrException if the target is missing or outside [0, 1]
   */
  public GradingPolicy withCommittedTarget(BigDecimal target) {
    Problems problems = new Problems();
    BigDecimal checked = unit(problems, target, OkrPath.of("committedTarget"));
    return OkrException.getOrThrow(problems.result(() ->
        ImmutableGradingPolicy.copyOf(this).copyWithCommittedTarget(checked)));
  }

  /**
   * Returns a copy with another aspirational sweet spot, such as Tability's [0.8, 0.9].
   *
   * @param low the lowest grade of the sweet spot, in [0, 1]
   * @param high the highest grade, in [low, 1]
   * @return the copy
   * @throws OkrException if a bound is missing, outside [0, 1], or {@code high < low}
   */
  public GradingPolicy withSweetSpot(BigDecimal low, BigDecimal high) {
    return OkrException.getOrThrow(validateSweetSpot(low, high));
  }

  /**
   * Validates a sweet spot and returns the copy that has it.
   *
   * @param low the lowest grade, may be {@code null}
   * @param high the highest grade, may be {@code null}
   * @return the copy, or every problem (paths {@code /sweetSpotLow}, {@code /sweetSpotHigh})
   */
  public Validation<Seq<OkrError>, GradingPolicy> validateSweetSpot(@Nullable BigDecimal low, @Nullable BigDecimal high) {
    Problems problems = new Problems();
    BigDecimal lo = unit(problems, low, OkrPath.of("sweetSpotLow"));
    BigDecimal hi = unit(problems, high, OkrPath.of("sweetSpotHigh"));
    if (lo != null && hi != null && hi.compareTo(lo) < 0) {
      problems.add(new OkrError.EmptyRange(OkrPath.of("sweetSpotHigh"), Fmt.num(lo), Fmt.num(hi)));
    }
    return problems.result(() -> ImmutableGradingPolicy.copyOf(this).copyWithSweetSpotLow(lo).copyWithSweetSpotHigh(hi));
  }

  private static @Nullable BigDecimal unit(Problems problems, @Nullable BigDecimal value, OkrPath path) {
    BigDecimal v = problems.number(value, path);
    if (v != null && (v.signum() < 0 || v.compareTo(BigDecimal.ONE) > 0)) {
      problems.add(new OkrError.OutOfRange(path, Fmt.num(v), "[0, 1]"));
      return null;
    }
    return v;
  }

  /**
   * Returns the grade of a progress value on {@link #scale()}.
   *
   * @param progress the reported progress, fewer than 1,000 integer digits and at most 1,000
   *     decimals
   * @return the grade in [0, 1]
   * @throws OkrException if {@code progress} is missing or out of range
   */
  public BigDecimal grade(BigDecimal progress) {
    return scale().grade(progress);
  }

  /**
   * Returns the verdict on an objective's grade.
   *
   * @param type whether the objective is committed or aspirational
   * @param grade its grade, empty when not scored
   * @return {@link Verdict#NOT_SCORED} without a grade; for a committed objective
   *     {@link Verdict#COMMITMENT_MET} iff the grade reaches {@link #committedTarget()}, else
   *     {@link Verdict#COMMITMENT_MISSED}; for an aspirational one where the grade lies against the
   *     sweet spot (both ends inclusive)
   * @throws OkrException if an argument is missing
   */
  public Verdict verdict(ObjectiveType type, Option<BigDecimal> grade) {
    Args.require(type, "type");
    if (Args.require(grade, "grade").isEmpty()) {
      return Verdict.NOT_SCORED;
    }
    BigDecimal g = grade.get();
    if (type == ObjectiveType.COMMITTED) {
      return g.compareTo(committedTarget()) >= 0 ? Verdict.COMMITMENT_MET : Verdict.COMMITMENT_MISSED;
    }
    if (g.compareTo(sweetSpotLow()) < 0) {
      return Verdict.BELOW_SWEET_SPOT;
    }
    return g.compareTo(sweetSpotHigh()) > 0 ? Verdict.ABOVE_SWEET_SPOT : Verdict.IN_SWEET_SPOT;
  }
}
