package org.okr4j.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Numbers;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * How a {@link LinearMetric}'s target is stated. The three forms are different things and are
 * easily confused (docs/conventions.md §1.9): "raise market share <em>by 2 percentage points</em>" from 10 %
 * is 12 % ({@link PointsDelta}), while "<em>+2 %</em>" would be 10.2 % ({@link RelativeDelta}).
 * Each resolves to an absolute target with {@link #resolve(BigDecimal)}.
 *
 * <p>Immutable and thread-safe.
 */
public sealed interface Target permits Target.Absolute, Target.PointsDelta, Target.RelativeDelta {

  /**
   * Returns the absolute target for {@code baseline}.
   *
   * @param baseline the metric's baseline; it and {@link #amount()} must have fewer than 1,000
   *     integer digits and at most 1,000 decimals
   * @return the absolute target value
   * @throws OkrException if {@code baseline} is missing, or it or the amount is out of range
   *     ({@code okr.out-of-range} at {@code /baseline} or {@code /amount})
   */
  BigDecimal resolve(BigDecimal baseline);

  /**
   * Returns the number stated in this target.
   *
   * @return the absolute value, the points or the fraction
   */
  BigDecimal amount();

  /**
   * Returns the target {@code value} itself.
   *
   * @param value the absolute target
   * @return the target
   * @throws OkrException if the number is {@code null}
   */
  static Target absolute(BigDecimal value) {
    return new Absolute(requireAmount(value));
  }

  /**
   * Returns a target {@code points} percentage points from the baseline; needs a
   * {@link Unit#PERCENT} metric.
   *
   * @param points the change in percentage points, such as {@code 2}
   * @return the target
   * @throws OkrException if the number is {@code null}
   */
  static Target points(BigDecimal points) {
    return new PointsDelta(requireAmount(points));
  }

  /**
   * Returns a target that changes the baseline by {@code fraction}: {@code 0.5} is +50 %,
   * {@code -0.2} is −20 %.
   *
   * @param fraction the relative change
   * @return the target
   * @throws OkrException if the number is {@code null}
   */
  static Target relative(BigDecimal fraction) {
    return new RelativeDelta(requireAmount(fraction));
  }

  /**
   * An absolute target: "reach 3000 leads".
   *
   * @param amount the target value
   */
  record Absolute(BigDecimal amount) implements Target {
    /**
     * Keeps a plain {@link BigDecimal}: an instance of a subclass is copied; the number is checked
     * where it is used.
     *
     * @param amount the amount
     */
    public Absolute {
      amount = Numbers.plainIfPresent(amount);
    }

    @Override
    public BigDecimal resolve(BigDecimal baseline) {
      Numbers.argument(baseline, "baseline");
      return Numbers.argument(amount, "amount");
    }
  }

  /**
   * A change in percentage points: "raise market share by 2 percentage points".
   *
   * @param amount the change in points
   */
  record PointsDelta(BigDecimal amount) implements Target {
    /**
     * Keeps a plain {@link BigDecimal}: an instance of a subclass is copied; the number is checked
     * where it is used.
     *
     * @param amount the amount
     */
    public PointsDelta {
      amount = Numbers.plainIfPresent(amount);
    }

    @Override
    public BigDecimal resolve(BigDecimal baseline) {
      return Numbers.argument(baseline, "baseline").add(Numbers.argument(amount, "amount"));
    }
  }

  /**
   * A relative change: "increase brand exposure by 50 %" is {@code 0.5}.
   *
   * @param amount the relative change as a fraction
   */
  record RelativeDelta(BigDecimal amount) implements Target {
    /**
     * Keeps a plain {@link BigDecimal}: an instance of a subclass is copied; the number is checked
     * where it is used.
     *
     * @param amount the amount
     */
    public RelativeDelta {
      amount = Numbers.plainIfPresent(amount);
    }

    @Override
    public BigDecimal resolve(BigDecimal baseline) {
      return Numbers.argument(baseline, "baseline")
          .multiply(BigDecimal.ONE.add(Numbers.argument(amount, "amount")), Numbers.MATH);
    }
  }

  /** Returns the amount as a {@code BigDecimal} of its own; its range is checked where it is used. */
  private static BigDecimal requireAmount(@Nullable BigDecimal amount) {
    if (amount == null) {
      throw new OkrException(io.vavr.collection.List.of(new OkrError.Required(OkrPath.of("amount"))));
    }
    return Numbers.plain(amount);
  }
}
