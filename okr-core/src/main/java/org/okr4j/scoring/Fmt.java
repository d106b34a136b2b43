package org.okr4j.scoring;

import java.math.BigDecimal;
import org.okr4j.internal.Numbers;
import org.okr4j.validation.Messages;

/** Number display for explanations: at most 4 decimals, no trailing zeros. Stateless. */
final class Fmt {

  private Fmt() {}

  /**
   * Shows {@code value} rounded to 4 decimal places, without trailing zeros or exponent; a number
   * of more than 40 integer digits in scientific notation ({@link Messages#number}). The cost does
   * not grow with the exponent: a number below 0.00001 in magnitude shows as {@code 0} without
   * rounding.
   */
  static String num(BigDecimal value) {
    long integerDigits = (long) value.precision() - value.scale();
    if (value.signum() == 0 || integerDigits <= -5) {
      return "0";
    }
    if (integerDigits > 40) {
      return Messages.number(value);
    }
    BigDecimal shown = value.scale() > 4 ? value.setScale(4, Numbers.ROUNDING) : value;
    shown = shown.stripTrailingZeros();
    if (shown.signum() == 0) {
      return "0";
    }
    return shown.toPlainString();
  }
}
