package org.okr4j.model;

import java.math.BigDecimal;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrException;

/**
 * How a value is compared with a threshold: at least / above (keep-above) or at most / below
 * (keep-below). The inclusive forms ({@link #AT_LEAST}, {@link #AT_MOST}) count a value equal to
 * the threshold as met; the strict forms ({@link #ABOVE}, {@link #BELOW}) do not, as Quantive's
 * "should stay above/below" does.
 */
public enum Comparison {
  /** {@code value ≥ threshold}. */
  AT_LEAST,
  /** {@code value > threshold}. */
  ABOVE,
  /** {@code value ≤ threshold}. */
  AT_MOST,
  /** {@code value < threshold}. */
  BELOW;

  /**
   * Tells whether {@code value} meets {@code threshold} under this comparison.
   *
   * @param value the measured value
   * @param threshold the threshold
   * @return {@code true} if met
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public boolean isMet(BigDecimal value, BigDecimal threshold) {
    int c = Problems.require(value, "value").compareTo(Problems.require(threshold, "threshold"));
    return switch (this) {
      case AT_LEAST -> c >= 0;
      case ABOVE -> c > 0;
      case AT_MOST -> c <= 0;
      case BELOW -> c < 0;
    };
  }

  /**
   * Tells whether higher values are better under this comparison.
   *
   * @return {@code true} for {@link #AT_LEAST} and {@link #ABOVE}
   */
  public boolean isUpward() {
    return this == AT_LEAST || this == ABOVE;
  }

  /**
   * Tells whether a value equal to the threshold counts as met.
   *
   * @return {@code true} for {@link #AT_LEAST} and {@link #AT_MOST}
   */
  public boolean isInclusive() {
    return this == AT_LEAST || this == AT_MOST;
  }

  /**
   * Returns the comparison in the same direction with the given inclusiveness.
   *
   * @param inclusive whether equality should count as met
   * @return the inclusive or strict form of this comparison
   */
  public Comparison withInclusive(boolean inclusive) {
    if (isUpward()) {
      return inclusive ? AT_LEAST : ABOVE;
    }
    return inclusive ? AT_MOST : BELOW;
  }

  /**
   * Returns the mathematical symbol of the comparison.
   *
   * @return one of {@code ≥ > ≤ <}
   */
  public String symbol() {
    return switch (this) {
      case AT_LEAST -> "≥";
      case ABOVE -> ">";
      case AT_MOST -> "≤";
      case BELOW -> "<";
    };
  }
}
