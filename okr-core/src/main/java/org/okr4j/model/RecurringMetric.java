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
 * A target that repeats every period: "15 original articles every month", "1 customer survey per
 * month". Periods are laid from the cycle's start ({@link Period}); check-ins report one period's
 * total so far ({@link CheckInData.PeriodValue}). How periods combine into progress (share met,
 * cumulative, mean of capped ratios) is a scoring policy.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class RecurringMetric implements Metric {

  RecurringMetric() {}

  /**
   * Returns the unit of the per-period target and check-in values.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the length of a period.
   *
   * @return the period
   */
  public abstract Period period();

  /**
   * Returns the target for each period.
   *
   * @return the per-period target, positive
   */
  public abstract BigDecimal perPeriod();

  @Override
  public String kind() {
    return "recurring";
  }

  @Override
  public String dataKind() {
    return "period";
  }

  /**
   * Validates and builds a recurring metric.
   *
   * @param unit the unit, may be {@code null}
   * @param period the period, may be {@code null}
   * @param perPeriod the per-period target, positive; may be {@code null}
   * @return the metric, or every problem
   */
  public static Validation<Seq<OkrError>, RecurringMetric> validate(
      @Nullable Unit unit, @Nullable Period period, @Nullable BigDecimal perPeriod) {
    Problems problems = new Problems();
    problems.present(unit, OkrPath.of("unit"));
    problems.present(period, OkrPath.of("period"));
    BigDecimal target = problems.positive(perPeriod, OkrPath.of("perPeriod"));
    return problems.result(() -> ImmutableRecurringMetric.of(unit, period, target));
  }

  /**
   * Returns a recurring metric.
   *
   * @param unit the unit
   * @param period the period
   * @param perPeriod the per-period target, positive
   * @return the metric
   * @throws OkrException if an input is invalid
   */
  public static RecurringMetric of(Unit unit, Period period, BigDecimal perPeriod) {
    return OkrException.getOrThrow(validate(unit, period, perPeriod));
  }
}
