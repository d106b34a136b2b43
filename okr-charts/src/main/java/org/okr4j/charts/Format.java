package org.okr4j.charts;

import io.vavr.control.Option;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * Fixed, locale-independent formatting of what the pictures print: coordinates with at most two
 * decimals, percentages in whole percent (half up, as the alignment exports round them), grades with
 * at most two decimals, ISO dates and English short dates ("Jan 5"). No {@link java.util.Locale},
 * no {@code String.format}: the same number gives the same text on every machine. Stateless.
 */
final class Format {

  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
      "Nov", "Dec"};
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Format() {}

  /** A coordinate or length: at most two decimals, half even, no trailing zeros, never "-0". */
  static String px(double value) {
    BigDecimal d = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** A progress value in whole percent, half up: 0.7833 gives "78%". */
  static String percent(BigDecimal progress) {
    return progress.multiply(HUNDRED).setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** A progress value in whole percent, or "not scored". */
  static String percent(Option<BigDecimal> progress) {
    return progress.map(Format::percent).getOrElse("not scored");
  }

  /** A number with at most {@code decimals} decimals, half even, without trailing zeros. */
  static String decimal(BigDecimal value, int decimals) {
    BigDecimal d = value.setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** A number exactly, without trailing zeros or an exponent: 0.750 gives "0.75". */
  static String plain(BigDecimal value) {
    BigDecimal d = value.stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** An English short date such as {@code Jan 5}. */
  static String shortDate(LocalDate date) {
    return MONTHS[date.getMonthValue() - 1] + " " + date.getDayOfMonth();
  }

  /** A status name in lower case words: {@code ON_TRACK} gives "on track". */
  static String words(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }
}
