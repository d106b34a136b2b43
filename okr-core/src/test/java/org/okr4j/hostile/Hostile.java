package org.okr4j.hostile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * Hostile values of the JDK types that okr4j's API takes: numbers at and far beyond the number
 * domain (1E±1000000000, scales of {@code Integer.MIN_VALUE} and {@code MAX_VALUE}), dates and
 * instants at the ends of what {@code java.time} can represent, 1 MB strings and Unicode edge cases
 * (lone surrogates, right-to-left overrides, stacked combining marks, NUL), mixed with ordinary
 * values so that calls also get past their first check.
 */
final class Hostile {

  /** One mebibyte of text. */
  static final String MEGABYTE = "x".repeat(1 << 20);

  static final List<String> STRINGS = List.of(
      "", " ", "\t\n", "a", "A key result", "o-0", "o-1", "kr-1", "kr-0-0", "kr-1-0", "2026-q1", "2026", "p", "m1", "marketing",
      "person", "team", "company", "division", "hidden-1", "EUR", "eur", "XXX", "articles", "okr.required",
      "okr.lint.too-few-key-results", "custom.rule", MEGABYTE, "y".repeat(10_001), "z".repeat(65), "w".repeat(64),
      "\u0000", "a\u0000b", "\uD800", "x\uDC00y", "\uDBFF\uDFFF", "\u202Eevil\u202C", "مرحبا بالعالم",
      "e\u0301\u0301\u0301\u0301\u0301", "😀🎉", "扩大市场份额", "{0}", "{1,number}", "'", "''{0}''", "%s%n",
      "/a~1b/~0", "-", "0", "1e5", "NaN", "null", "\r\n\u2028\u2029", "\uFEFFbom");

  static final List<BigDecimal> DECIMALS = List.of(
      BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE.negate(), BigDecimal.TEN, new BigDecimal("0.5"),
      new BigDecimal("0.3"), new BigDecimal("0.7"), new BigDecimal("1.5"), new BigDecimal("2"), new BigDecimal("100"),
      new BigDecimal("0.000"), new BigDecimal("1.00"), new BigDecimal("-0.25"), new BigDecimal("3000"),
      new BigDecimal("1E+1000000000"), new BigDecimal("-1E+1000000000"), new BigDecimal("1E-1000000000"),
      new BigDecimal("1E-100000000"), new BigDecimal("1E+100000000"), new BigDecimal("-1E-100000000"),
      BigDecimal.valueOf(1, Integer.MIN_VALUE), BigDecimal.valueOf(1, Integer.MAX_VALUE),
      BigDecimal.valueOf(-7, Integer.MIN_VALUE), BigDecimal.valueOf(0, Integer.MIN_VALUE),
      BigDecimal.valueOf(0, Integer.MAX_VALUE), BigDecimal.valueOf(Long.MAX_VALUE, Integer.MAX_VALUE),
      new BigDecimal("1E+29"), new BigDecimal("9.99E+29"), new BigDecimal("1E+30"), new BigDecimal("1E-30"),
      new BigDecimal("1E-31"), new BigDecimal("0.1234567890123456789012345678901"),
      new BigDecimal("123456789012345678901234567890.5"), new BigDecimal("0.3333333333333333333333333333333333"),
      new BigDecimal(BigInteger.TEN.pow(400)), new BigDecimal(BigInteger.TEN.pow(400), 800));

  static final List<LocalDate> DATES = List.of(
      LocalDate.MIN, LocalDate.MAX, LocalDate.of(1, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(1900, 1, 1),
      LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.of(-999_999_999, 1, 1),
      LocalDate.of(999_999_999, 12, 31), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 15),
      LocalDate.of(2026, 3, 31), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 12, 31), LocalDate.of(2027, 1, 1));

  static final List<Instant> INSTANTS = List.of(
      Instant.MIN, Instant.MAX, Instant.EPOCH, Instant.parse("1900-01-01T00:00:00Z"),
      Instant.parse("1899-12-31T23:59:59.999999999Z"), Instant.parse("9999-12-31T23:59:59.999999999Z"),
      Instant.parse("+10000-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"),
      Instant.parse("2026-02-01T09:00:00Z"), Instant.parse("2026-03-31T23:59:59Z"),
      Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-07-01T00:00:00Z"));

  static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.MAX, ZoneOffset.MIN,
      ZoneId.of("Asia/Shanghai"), ZoneId.of("America/Los_Angeles"), ZoneId.of("Pacific/Kiritimati"));

  static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.ROOT,
      Locale.forLanguageTag("zh"), Locale.forLanguageTag("ar-EG"), Locale.forLanguageTag("tr-TR"));

  static final List<Integer> INTS = List.of(0, 1, -1, 2, 3, 5, 7, 14, 30, 64, 100, 1000, 100_000,
      Integer.MAX_VALUE, Integer.MIN_VALUE, Integer.MAX_VALUE - 1, -100_000);

  static final List<Long> LONGS = List.of(0L, 1L, -1L, 7L, 1000L, Long.MAX_VALUE, Long.MIN_VALUE,
      (long) Integer.MAX_VALUE + 1, -86_400_000_000L);

  private Hostile() {}

  static String string(Dice d) {
    return d.oneIn(8) ? "s" + d.below(100) : d.pick(STRINGS);
  }

  static BigDecimal decimal(Dice d) {
    if (d.oneIn(4)) {
      return BigDecimal.valueOf(d.below(2_000_001) - 1_000_000, d.below(7));
    }
    return d.pick(DECIMALS);
  }

  static LocalDate date(Dice d) {
    switch (d.below(4)) {
      case 0:
        return LocalDate.of(1900, 1, 1).plusDays(d.below(2_958_464));
      case 1:
        return LocalDate.of(2026, 1, 1).plusDays(d.below(400) - 30);
      default:
        return d.pick(DATES);
    }
  }

  static Instant instant(Dice d) {
    switch (d.below(4)) {
      case 0:
        return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(d.below(400 * 86_400) - 30 * 86_400L);
      case 1:
        return Instant.ofEpochSecond((long) (d.below(2_000_001) - 1_000_000) * 250_000L, d.below(1_000_000_000));
      default:
        return d.pick(INSTANTS);
    }
  }

  static int integer(Dice d) {
    return d.oneIn(3) ? d.below(200) - 50 : d.pick(INTS);
  }

  static long longValue(Dice d) {
    return d.oneIn(3) ? d.below(200) - 50 : d.pick(LONGS);
  }

  /** Shows a hostile value briefly, never formatting a huge number in full. */
  static String show(Object value) {
    if (value instanceof String s) {
      String shown = s.length() > 24 ? s.substring(0, 12) + "…(" + s.length() + " chars)" : s;
      StringBuilder sb = new StringBuilder("\"");
      shown.chars().forEach(c -> {
        if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF) || c == 0x202E || c == 0x202C) {
          sb.append(String.format("\\u%04X", c));
        } else {
          sb.append((char) c);
        }
      });
      return sb.append('"').toString();
    }
    if (value instanceof Mutant m) {
      return "mutant(" + show(m.original()) + ")";
    }
    if (value instanceof BigDecimal x) {
      boolean small = x.precision() <= 40 && Math.abs((long) x.scale()) <= 40;
      return small ? x.toString() : "BigDecimal(" + (x.precision() <= 20 ? x.unscaledValue() : x.precision() + " digits")
          + ", scale " + x.scale() + ")";
    }
    return String.valueOf(value);
  }

  /**
   * A {@link BigDecimal} subclass that a host could pass in: it reads as the given value until
   * {@link #flip()}, then claims to be −5. A value that kept it by reference would change.
   */
  static final class Mutant extends BigDecimal {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal LATER = BigDecimal.valueOf(-5);
    private final BigDecimal original;
    private volatile boolean flipped;

    Mutant(BigDecimal original) {
      super(original.unscaledValue(), original.scale());
      this.original = original;
    }

    BigDecimal original() {
      return original;
    }

    void flip() {
      flipped = true;
    }

    private BigDecimal now() {
      return flipped ? LATER : original;
    }

    @Override
    public BigInteger unscaledValue() {
      return now().unscaledValue();
    }

    @Override
    public int scale() {
      return now().scale();
    }

    @Override
    public int precision() {
      return now().precision();
    }

    @Override
    public int signum() {
      return now().signum();
    }

    @Override
    public int compareTo(BigDecimal other) {
      return now().compareTo(other);
    }

    @Override
    public boolean equals(Object other) {
      return now().equals(other);
    }

    @Override
    public int hashCode() {
      return now().hashCode();
    }

    @Override
    public String toString() {
      return now().toString();
    }

    @Override
    public String toPlainString() {
      return now().toPlainString();
    }
  }
}
