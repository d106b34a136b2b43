package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A key result measured from a baseline to a target, up ("increase followers to 26 000") or down
 * ("cut cost per lead from 100 to 60"); the direction is the sign of {@code target − baseline}.
 * The target may be stated absolutely, in percentage points or relatively ({@link Target}); it is
 * resolved once, at construction, to {@link #targetValue()}. Counts ("5 talks") are linear from 0.
 *
 * <pre>{@code
 * // "raise market share by 2 percentage points", from 10 %
 * LinearMetric share = LinearMetric.of(Unit.PERCENT, new BigDecimal("10"), Target.points(new BigDecimal("2")));
 * share.targetValue(); // 12
 * }</pre>
 *
 * <p>A metric may also declare commit and stretch levels ({@link #withLevels}), which a
 * {@code StretchPolicy} scores against; otherwise they are derived there.
 *
 * <p>A target equal to the baseline is accepted ({@link #isDegenerate()}): the formula
 * {@code (c − b) / (t − b)} is then undefined, and tools disagree on what such a key result scores
 * (Oslo okr-tracker's d3 scale gives 0.5; others divide by zero). The scoring policy decides
 * ({@code ProgressPolicy.degenerate()}): by default it is not scored and reported as
 * {@code okr.key-result.target-equals-baseline}. Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class LinearMetric implements Metric {

  LinearMetric() {}

  /**
   * Returns the unit of baseline, target and check-in values.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the value at the start.
   *
   * @return the baseline
   */
  public abstract BigDecimal baseline();

  /**
   * Returns the target as stated.
   *
   * @return the target
   */
  public abstract Target target();

  /**
   * Returns the commit level, if declared: the value the owner commits to, strictly between the
   * baseline and the target (Puzzle OKR's {@code commitValue}). Only a {@code StretchPolicy} uses
   * it; when absent it is derived there.
   *
   * @return the commit level, none if not declared
   */
  public abstract Option<BigDecimal> commit();

  /**
   * Returns the stretch level, if declared: the ambitious value strictly beyond the target (Puzzle
   * OKR's {@code stretchGoal}). Only a {@code StretchPolicy} uses it; when absent it is derived
   * there from the baseline and the target.
   *
   * @return the stretch level, none if not declared
   */
  public abstract Option<BigDecimal> stretch();

  /**
   * Returns the absolute target value resolved from {@link #target()} and {@link #baseline()}.
   *
   * @return the target value; equal to the baseline only for a {@link #isDegenerate() degenerate}
   *     metric
   */
  @Value.Derived
  public BigDecimal targetValue() {
    return target().resolve(baseline());
  }

  /**
   * Tells whether the target equals the baseline, so that no direction and no linear progress
   * follow from them.
   *
   * @return {@code true} if {@code targetValue() == baseline()} (compared by value)
   */
  public boolean isDegenerate() {
    return targetValue().compareTo(baseline()) == 0;
  }

  /**
   * Tells whether the metric goes up.
   *
   * @return {@code true} if the target is above the baseline
   */
  public boolean isIncreasing() {
    return targetValue().compareTo(baseline()) > 0;
  }

  @Override
  public String kind() {
    return "linear";
  }

  @Override
  public String dataKind() {
    return "measurement";
  }

  /**
   * Validates and builds a linear metric.
   *
   * @param unit the unit, may be {@code null}
   * @param baseline the baseline, may be {@code null}
   * @param target the target, may be {@code null}
   * @return the metric, or every problem (paths {@code /unit}, {@code /baseline}, {@code /target})
   */
  public static Validation<Seq<OkrError>, LinearMetric> validate(
      @Nullable Unit unit, @Nullable BigDecimal baseline, @Nullable Target target) {
    return validate(unit, baseline, target, null, null);
  }

  private static final OkrPath UNIT = OkrPath.of("unit");
  private static final OkrPath BASELINE = OkrPath.of("baseline");
  private static final OkrPath TARGET = OkrPath.of("target");
  private static final OkrPath TARGET_AMOUNT = OkrPath.of("target", "amount");
  private static final OkrPath COMMIT = OkrPath.of("commit");
  private static final OkrPath STRETCH = OkrPath.of("stretch");

  /**
   * Validates and builds a linear metric with declared commit and stretch levels, as products that
   * score against commit / target / stretch levels store them ("from 0, commit 30, target 70,
   * stretch 100"). Either level may be {@code null} (not declared).
   *
   * @param unit the unit, may be {@code null}
   * @param baseline the baseline, may be {@code null}
   * @param target the target, may be {@code null}
   * @param commit the commit level, strictly between baseline and target, or {@code null}
   * @param stretch the stretch level, strictly beyond the target, or {@code null}
   * @return the metric, or every problem (paths {@code /unit}, {@code /baseline}, {@code /target},
   *     {@code /commit}, {@code /stretch}; a level on the wrong side is {@code okr.out-of-range})
   */
  public static Validation<Seq<OkrError>, LinearMetric> validate(@Nullable Unit unit, @Nullable BigDecimal baseline,
      @Nullable Target target, @Nullable BigDecimal commit, @Nullable BigDecimal stretch) {
    Problems problems = new Problems();
    problems.present(unit, UNIT);
    BigDecimal b = problems.number(baseline, BASELINE);
    OkrPath targetPath = TARGET;
    BigDecimal amount = problems.present(target, targetPath)
        ? problems.number(target.amount(), TARGET_AMOUNT) : null;
    if (unit != null && target instanceof Target.PointsDelta && !unit.equals(Unit.PERCENT)) {
      problems.add(new OkrError.IncompatibleUnit(targetPath, unit.toString(), Unit.PERCENT.toString()));
    }
    if (b != null && amount != null && problems.isEmpty()) {
      BigDecimal t = target.resolve(b);
      if (!Numbers.inDomain(t)) {
        problems.add(new OkrError.OutOfRange(targetPath, Numbers.show(t), Numbers.DOMAIN));
      }
    }
    BigDecimal c = commit == null ? null : problems.number(commit, COMMIT);
    BigDecimal st = stretch == null ? null : problems.number(stretch, STRETCH);
    if (b != null && amount != null && problems.isEmpty()) {
      BigDecimal t = target.resolve(b);
      int dir = t.compareTo(b);
      if (c != null && (c.compareTo(b) != dir || t.compareTo(c) != dir)) {
        problems.add(new OkrError.OutOfRange(COMMIT, c.toPlainString(),
            "strictly between baseline " + b.toPlainString() + " and target " + t.toPlainString()));
      }
      if (st != null && st.compareTo(t) != dir) {
        problems.add(new OkrError.OutOfRange(STRETCH, st.toPlainString(),
            (dir > 0 ? "above" : "below") + " target " + t.toPlainString()));
      }
    }
    return problems.result(() -> ImmutableLinearMetric.of(unit, b, target, Option.of(c), Option.of(st)));
  }

  /**
   * Returns a copy with declared commit and stretch levels.
   *
   * @param commit the commit level, none to leave it to be derived
   * @param stretch the stretch level, none to leave it to be derived
   * @return the copy
   * @throws OkrException if a level is missing, outside the number domain or on the wrong side
   */
  public LinearMetric withLevels(Option<BigDecimal> commit, Option<BigDecimal> stretch) {
    if (commit == null || stretch == null) {
      throw new OkrException(io.vavr.collection.List.of(
          new OkrError.Required(OkrPath.of(commit == null ? "commit" : "stretch"))));
    }
    return OkrException.getOrThrow(validate(unit(), baseline(), target(), commit.getOrNull(), stretch.getOrNull()));
  }

  /**
   * Returns a linear metric.
   *
   * @param unit the unit
   * @param baseline the baseline
   * @param target the target
   * @return the metric
   * @throws OkrException if an input is missing or invalid
   */
  public static LinearMetric of(Unit unit, BigDecimal baseline, Target target) {
    return OkrException.getOrThrow(validate(unit, baseline, target));
  }

  /**
   * Returns a count from 0 to {@code target}, such as "5 new regional partners".
   *
   * @param target the count to reach, positive
   * @return the metric
   * @throws OkrException if {@code target} is not positive
   */
  public static LinearMetric count(long target) {
    if (target < 1) {
      throw new OkrException(io.vavr.collection.List.of(
          new OkrError.OutOfRange(OkrPath.of("target"), Long.toString(target), "a positive count")));
    }
    return of(Unit.COUNT, BigDecimal.ZERO, Target.absolute(BigDecimal.valueOf(target)));
  }
}
