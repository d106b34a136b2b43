package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A guard-rail key result: keep a value above or below a threshold, such as "keep churn below
 * 25 %" ({@link Comparison#BELOW}) or "at least 100 000 participations"
 * ({@link Comparison#AT_LEAST}). Whether equality counts as met is part of the comparison.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ThresholdMetric implements Metric {

  ThresholdMetric() {}

  /**
   * Returns the unit of the threshold and check-in values.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns how values are compared with the threshold.
   *
   * @return the comparison
   */
  public abstract Comparison comparison();

  /**
   * Returns the value the current value is compared with ("stay below <em>25</em> %").
   *
   * @return the threshold, in the metric's unit
   */
  public abstract BigDecimal threshold();

  @Override
  public String kind() {
    return "threshold";
  }

  @Override
  public String dataKind() {
    return "measurement";
  }

  /**
   * Validates and builds a threshold metric.
   *
   * @param unit the unit, may be {@code null}
   * @param comparison the comparison, may be {@code null}
   * @param threshold the threshold, may be {@code null}
   * @return the metric, or every problem
   */
  public static Validation<Seq<OkrError>, ThresholdMetric> validate(
      @Nullable Unit unit, @Nullable Comparison comparison, @Nullable BigDecimal threshold) {
    Problems problems = new Problems();
    problems.present(unit, OkrPath.of("unit"));
    problems.present(comparison, OkrPath.of("comparison"));
    BigDecimal t = problems.number(threshold, OkrPath.of("threshold"));
    return problems.result(() -> ImmutableThresholdMetric.of(unit, comparison, t));
  }

  /**
   * Returns a threshold metric.
   *
   * @param unit the unit
   * @param comparison the comparison
   * @param threshold the threshold
   * @return the metric
   * @throws OkrException if an input is invalid
   */
  public static ThresholdMetric of(Unit unit, Comparison comparison, BigDecimal threshold) {
    return OkrException.getOrThrow(validate(unit, comparison, threshold));
  }

  /**
   * Tells whether {@code value} meets the threshold.
   *
   * @param value the measured value
   * @return {@code true} if met
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public boolean isMet(BigDecimal value) {
    return comparison().isMet(value, threshold());
  }
}
