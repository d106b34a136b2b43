package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Invariants;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A key result that must stay within {@code [lower, upper]}, both ends inclusive, such as "4 to 5
 * support tickets per agent per week" (Profit.co).
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class RangeMetric implements Metric {

  RangeMetric() {}

  /**
   * Returns the unit of the bounds and check-in values.
   *
   * @return the unit
   */
  public abstract Unit unit();

  /**
   * Returns the lowest value that is met.
   *
   * @return the lower bound
   */
  public abstract BigDecimal lower();

  /**
   * Returns the highest value that is met.
   *
   * @return the upper bound, at least {@link #lower()}
   */
  public abstract BigDecimal upper();

  @Value.Check
  void checkInvariants() {
    Invariants.require(lower().compareTo(upper()) <= 0, "a range's lower bound is at most its upper bound");
  }

  @Override
  public String kind() {
    return "range";
  }

  @Override
  public String dataKind() {
    return "measurement";
  }

  /**
   * Validates and builds a range metric.
   *
   * @param unit the unit, may be {@code null}
   * @param lower the lower bound, may be {@code null}
   * @param upper the upper bound, may be {@code null}
   * @return the metric, or every problem ({@code okr.empty-range} at {@code /upper} if
   *     {@code upper < lower})
   */
  public static Validation<Seq<OkrError>, RangeMetric> validate(
      @Nullable Unit unit, @Nullable BigDecimal lower, @Nullable BigDecimal upper) {
    Problems problems = new Problems();
    problems.present(unit, OkrPath.of("unit"));
    BigDecimal lo = problems.number(lower, OkrPath.of("lower"));
    BigDecimal hi = problems.number(upper, OkrPath.of("upper"));
    if (lo != null && hi != null && hi.compareTo(lo) < 0) {
      problems.add(new OkrError.EmptyRange(OkrPath.of("upper"), lo.toPlainString(), hi.toPlainString()));
    }
    return problems.result(() -> ImmutableRangeMetric.of(unit, lo, hi));
  }

  /**
   * Returns a range metric.
   *
   * @param unit the unit
   * @param lower the lower bound
   * @param upper the upper bound
   * @return the metric
   * @throws OkrException if an input is invalid
   */
  public static RangeMetric of(Unit unit, BigDecimal lower, BigDecimal upper) {
    return OkrException.getOrThrow(validate(unit, lower, upper));
  }

  /**
   * Tells whether {@code value} lies within the range.
   *
   * @param value the measured value
   * @return {@code true} if {@code lower ≤ value ≤ upper}
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public boolean contains(BigDecimal value) {
    Problems.require(value, "value");
    return value.compareTo(lower()) >= 0 && value.compareTo(upper()) <= 0;
  }
}
