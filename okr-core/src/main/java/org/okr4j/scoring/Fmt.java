package org.okr4j.scoring;

import java.math.BigDecimal;
import org.okr4j.internal.Numbers;

/** Number display for explanations: at most 4 decimals, no trailing zeros. Stateless. */
final class Fmt {

  private Fmt() {}

  /** Shows {@code value} rounded to 4 decimal places, without trailing zeros or exponent. */
  static String num(BigDecimal value) {
    BigDecimal shown = value.scale() > 4 ? value.setScale(4, Numbers.ROUNDING) : value;
    shown = shown.stripTrailingZeros();
    if (shown.signum() == 0) {
      return "0";
    }
    return shown.toPlainString();
  }
}
