package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A target for a rate aggregated over items: "average interaction rate per article reaches 5 %".
 * Check-ins report items with a numerator and a denominator ({@link CheckInData.ItemValues}); an
 * item's rate is {@code numerator / denominator}, multiplied by 100 when the unit is
 * {@link Unit#PERCENT}. Whether items are combined as the mean of their rates or as the pooled
 * ratio {@code Σnum / Σden} is a scoring policy. Without a baseline the aggregate is compared with
 * the target as a threshold; with one it is graded linearly from the baseline.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class AggregateMetric implements Metric {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  AggregateMetric() {}

  /**
   * Returns the unit of the aggregate rate.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns how the aggregate is compared with the target.
   *
   * @return the comparison
   */
  public abstract Comparison comparison();

  /**
   * Returns the target for the aggregate rate.
   *
   * @return the target
   */
  public abstract BigDecimal target();

  /**
   * Returns the aggregate at the start, if progress is graded from it.
   *
   * @return the baseline, never equal to the target
   */
  public abstract Option<BigDecimal> baseline();

  /**
   * Returns the factor applied to {@code numerator / denominator}: 100 for percent, else 1.
   *
   * @return the scale
   */
  public BigDecimal scale() {
    return unit().equals(Unit.PERCENT) ? HUNDRED : BigDecimal.ONE;
  }

  @Override
  public String kind() {
    return "aggregate";
  }

  @Override
  public String dataKind() {
    return "items";
  }

  /**
   * Validates and builds an aggregate metric.
   *
   * @param unit the unit, may be {@code null}
   * @param comparison the comparison, may be {@code null}
   * @param target the target, may be {@code null}
   * @param baseline the baseline, or {@code null} for a threshold
   * @return the metric, or every problem
   */
  public static Validation<Seq<OkrError>, AggregateMetric> validate(
      @Nullable Unit unit, @Nullable Comparison comparison, @Nullable BigDecimal target,
      @Nullable BigDecimal baseline) {
    Problems problems = new Problems();
    problems.present(unit, OkrPath.of("unit"));
    problems.present(comparison, OkrPath.of("comparison"));
    BigDecimal t = problems.number(target, OkrPath.of("target"));
    BigDecimal b = baseline == null ? null : problems.number(baseline, OkrPath.of("baseline"));
    if (t != null && b != null && t.compareTo(b) == 0) {
      problems.add(new OkrError.TargetEqualsBaseline(OkrPath.of("target"), b));
    }
    return problems.result(() -> ImmutableAggregateMetric.of(unit, comparison, t, Option.of(b)));
  }

  /**
   * Returns an aggregate metric compared with its target as a threshold.
   *
   * @param unit the unit
   * @param comparison the comparison
   * @param target the target
   * @return the metric
   * @throws OkrException if an input is invalid
   */
  public static AggregateMetric of(Unit unit, Comparison comparison, BigDecimal target) {
    return OkrException.getOrThrow(validate(unit, comparison, target, null));
  }
}
