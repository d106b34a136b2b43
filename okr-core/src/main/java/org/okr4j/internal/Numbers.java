package org.okr4j.internal;

import io.vavr.collection.List;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.Messages;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The number conventions of okr4j: the two domains of accepted values, the one
 * {@link MathContext} used for every division, and the copy that keeps a value's numbers its own.
 * Stateless.
 *
 * <ul>
 *   <li>The <b>input domain</b> ({@link #inDomain}): fewer than 30 integer digits and at most 30
 *       decimals. Every number stored in a model value (a baseline, a weight, a measurement, a
 *       policy's threshold) lies in it; larger input is an {@code okr.out-of-range} error.
 *   <li>The <b>computed domain</b> ({@link #inComputedDomain}): fewer than 1,000 integer digits and
 *       at most 1,000 decimals. Public numeric functions (a grade scale's {@code grade}, a target's
 *       {@code resolve}, ...) accept it, so that they take back what okr4j computes from input (a
 *       quotient has 34 significant digits and can reach about 1E±61) while every operation on
 *       their arguments stays cheap; outside it they throw {@link OkrException}.
 * </ul>
 */
public final class Numbers {

  /** Largest number of digits allowed before and after the decimal point in the input domain. */
  public static final int MAX_DIGITS = 30;

  /** The input domain in words, for error messages. */
  public static final String DOMAIN = "|x| < 1E+30 with at most 30 decimals";

  /** Largest number of digits allowed before and after the decimal point in the computed domain. */
  public static final int MAX_COMPUTED_DIGITS = 1_000;

  /** The computed domain in words, for error messages. */
  public static final String COMPUTED_DOMAIN = "|x| < 1E+1000 with at most 1000 decimals";

  /** Every division in okr4j: 34 significant digits, half-even (IEEE 754 decimal128). */
  public static final MathContext MATH = MathContext.DECIMAL128;

  /** The rounding used when a result is reduced to a given scale. */
  public static final RoundingMode ROUNDING = RoundingMode.HALF_EVEN;

  private Numbers() {}

  /**
   * Tells whether {@code value} lies in okr4j's input domain.
   *
   * @param value the number
   * @return {@code true} if it has fewer than 30 integer digits and at most 30 decimals
   */
  public static boolean inDomain(BigDecimal value) {
    return within(value, MAX_DIGITS);
  }

  /**
   * Tells whether {@code value} lies in the computed domain that numeric functions accept.
   *
   * @param value the number
   * @return {@code true} if it has fewer than 1,000 integer digits and at most 1,000 decimals
   */
  public static boolean inComputedDomain(BigDecimal value) {
    return within(value, MAX_COMPUTED_DIGITS);
  }

  private static boolean within(BigDecimal value, int digits) {
    long scale = value.scale();
    long integerDigits = (long) value.precision() - scale;
    return scale <= digits && integerDigits <= digits;
  }

  /**
   * Shows a number of any size in at most 40 characters, for messages.
   *
   * @param value the number
   * @return its text: plain when short, else scientific notation
   */
  public static String show(BigDecimal value) {
    return Messages.number(value);
  }

  /**
   * Returns {@code value} itself if its class is {@link BigDecimal}, else a {@code BigDecimal}
   * with the same unscaled value and scale: a subclass instance could change after it was checked,
   * so values never keep one.
   *
   * @param value the number
   * @return a {@code BigDecimal} equal to it
   */
  public static BigDecimal plain(BigDecimal value) {
    return value.getClass() == BigDecimal.class ? value : new BigDecimal(value.unscaledValue(), value.scale());
  }

  /**
   * Like {@link #plain(BigDecimal)}, but {@code null} stays {@code null}: for the constructors of
   * records, which carry what they are given and never throw.
   *
   * @param value the number, or {@code null}
   * @return a plain {@code BigDecimal} equal to {@code value}, or {@code null}
   */
  public static @Nullable BigDecimal plainIfPresent(@Nullable BigDecimal value) {
    return value == null ? null : plain(value);
  }

  /**
   * Checks the argument of a public numeric function: present and in the computed domain.
   *
   * @param value the argument
   * @param name the parameter's name, the error's path
   * @return the argument, as a {@code BigDecimal} of its own ({@link #plain})
   * @throws OkrException with {@code okr.required} or {@code okr.out-of-range} at {@code /name}
   */
  public static BigDecimal argument(@Nullable BigDecimal value, String name) {
    if (value == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of(name))));
    }
    if (!inComputedDomain(value)) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of(name), show(value), COMPUTED_DOMAIN)));
    }
    return plain(value);
  }

  /**
   * Checks a number that a throwing constructor stores: present and in the input domain.
   *
   * @param value the number
   * @param name the parameter's name, the error's path
   * @return the number, as a {@code BigDecimal} of its own ({@link #plain})
   * @throws OkrException with {@code okr.required} or {@code okr.out-of-range} at {@code /name}
   */
  public static BigDecimal input(@Nullable BigDecimal value, String name) {
    if (value == null) {
      throw new OkrException(List.of(new OkrError.Required(OkrPath.of(name))));
    }
    if (!inDomain(value)) {
      throw new OkrException(List.of(new OkrError.OutOfRange(OkrPath.of(name), show(value), DOMAIN)));
    }
    return plain(value);
  }
}
