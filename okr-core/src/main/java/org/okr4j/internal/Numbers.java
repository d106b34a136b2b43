package org.okr4j.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The number conventions of okr4j: the domain of accepted values and the one {@link MathContext}
 * used for every division. Stateless.
 */
public final class Numbers {

  /** Largest number of digits allowed before and after the decimal point. */
  public static final int MAX_DIGITS = 30;

  /** The accepted domain in words, for error messages. */
  public static final String DOMAIN = "|x| < 1E+30 with at most 30 decimals";

  /** Every division in okr4j: 34 significant digits, half-even (IEEE 754 decimal128). */
  public static final MathContext MATH = MathContext.DECIMAL128;

  /** The rounding used when a result is reduced to a given scale. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private Numbers() {}

  /**
   * Tells whether {@code value} lies in okr4j's number domain.
   *
   * @param value the number
   * @return {@code true} if it has fewer than 30 integer digits and at most 30 decimals
   */
  public static boolean inDomain(BigDecimal value) {
    long scale = value.scale();
    long integerDigits = (long) value.precision() - scale;
    return scale <= MAX_DIGITS && integerDigits <= MAX_DIGITS;
  }

  /**
   * Shows a number of any size in at most about 40 characters, for messages.
   *
   * @param value the number
   * @return its scientific-notation text, shortened if needed
   */
  public static String show(BigDecimal value) {
    String text = inDomain(value) ? value.toPlainString() : value.toString();
    return text.length() > 40 ? text.substring(0, 37) + "..." : text;
  }
}
