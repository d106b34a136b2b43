package org.okr4j.wire;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A fast path for the one instant form the writer produces, {@code 2026-01-31T09:00:00Z} with an
 * optional fraction of 1 to 9 digits: {@link Instant#parse} spends most of a large document's read
 * time in its general resolver. Anything else (lower-case letters, offsets, leap seconds,
 * {@code 24:00}, a day the month lacks, years outside 1–9999) returns {@code null} and is left to
 * {@link Instant#parse}, so every text is accepted or refused exactly as {@link Instant#parse}
 * would.
 *
 * <p>{@link #format(Instant)} is the writing side: the same text as {@link Instant#toString()} (whose
 * general formatter took a quarter of a large document's write time) for years 1–9999, the fraction
 * in groups of three digits as {@code toString()} writes it; other years are left to
 * {@code toString()}.
 */
final class IsoInstants {

  private static final int[] DAYS_BEFORE_MONTH = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  private static final int[] NANO_SCALE = {0, 100_000_000, 10_000_000, 1_000_000, 100_000, 10_000, 1_000, 100, 10, 1};

  /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range {@link #format} spells itself. */
  private static final long MIN_FAST = -62_135_596_800L;
  private static final long MAX_FAST = 253_402_300_799L;

  private IsoInstants() {}

  /** The longest text {@link #format(Instant, char[])} writes: {@code 9999-12-31T23:59:59.999999999Z}. */
  static final int MAX_FORMATTED = 30;

  /**
   * Returns {@link Instant#toString()} of {@code instant}, computed by hand for years 1 to 9999.
   *
   * @param instant the instant
   * @return the ISO-8601 text in UTC
   */
  static String format(Instant instant) {
    char[] text = new char[MAX_FORMATTED];
    int length = format(instant, text);
    return length < 0 ? instant.toString() : new String(text, 0, length);
  }

  /**
   * Writes {@link Instant#toString()} of {@code instant} into {@code text} for years 1 to 9999.
   *
   * @param instant the instant
   * @param text a buffer of at least {@link #MAX_FORMATTED} characters
   * @return the number of characters written, or -1 for a year outside 1–9999 (nothing written)
   */
  static int format(Instant instant, char[] text) {
    return format(instant, text, null);
  }

  /**
   * Writes {@link Instant#toString()} of {@code instant} into {@code text} for years 1 to 9999, taking
   * the date from {@code days} when it spelled the same day before: a document's check-ins fall on
   * few days.
   *
   * @param instant the instant
   * @param text a buffer of at least {@link #MAX_FORMATTED} characters
   * @param days the dates spelled recently, or {@code null}
   * @return the number of characters written, or -1 for a year outside 1–9999 (nothing written)
   */
  static int format(Instant instant, char[] text, @Nullable Days days) {
    long seconds = instant.getEpochSecond();
    if (seconds < MIN_FAST || seconds > MAX_FAST) {
      return -1;
    }
    long day = Math.floorDiv(seconds, 86_400L);
    int secondOfDay = (int) (seconds - day * 86_400L);
    if (days == null) {
      date(day, text, 0);
    } else {
      days.date(day, text);
    }
    text[10] = 'T';
    int hour = secondOfDay / 3_600;
    int minuteOfDay = secondOfDay / 60;
    two(text, 11, hour);
    text[13] = ':';
    two(text, 14, minuteOfDay - hour * 60);
    text[16] = ':';
    two(text, 17, secondOfDay - minuteOfDay * 60);
    int nanos = instant.getNano();
    int fraction = nanos == 0 ? 0 : nanos % 1_000_000 == 0 ? 3 : nanos % 1_000 == 0 ? 6 : 9;
    int length = 20;
    if (fraction > 0) {
      text[19] = '.';
      put(text, 20, nanos / NANO_SCALE[fraction], fraction);
      length = 21 + fraction;
    }
    text[length - 1] = 'Z';
    return length;
  }

  /**
   * The dates of the days spelled last, one per slot of the day's number modulo 32, so that a writer
   * computes each civil date once per run of instants on it. Not thread-safe: one per writer.
   */
  static final class Days {
    private static final int SLOTS = 32;
    private final long[] day = new long[SLOTS];
    private final char[] dates = new char[SLOTS * DATE_LENGTH];

    Days() {
      java.util.Arrays.fill(day, Long.MIN_VALUE);
    }

    /** Writes the date of {@code d} (days since 1970-01-01, years 1–9999) at the start of {@code text}. */
    void date(long d, char[] text) {
      int slot = (int) (d & (SLOTS - 1));
      int at = slot * DATE_LENGTH;
      if (day[slot] != d) {
        IsoInstants.date(d, dates, at);
        day[slot] = d;
      }
      System.arraycopy(dates, at, text, 0, DATE_LENGTH);
    }
  }

  /** The length of {@code yyyy-mm-dd}. */
  private static final int DATE_LENGTH = 10;

  /** Writes the civil date of {@code days} (since 1970-01-01, years 1–9999) as {@code yyyy-mm-dd} at {@code at}. */
  private static void date(long days, char[] text, int at) {
    // The civil date of a day count (days since 1970-01-01), in eras of 400 years starting on 1 March;
    // within the fast range the day count of 0000-03-01 onwards is never negative.
    int z = (int) days + 719_468;
    int era = z / 146_097;
    int dayOfEra = z - era * 146_097;
    int yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
    int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    int shifted = (5 * dayOfYear + 2) / 153; // months from March
    int day = dayOfYear - (153 * shifted + 2) / 5 + 1;
    int month = shifted < 10 ? shifted + 3 : shifted - 9;
    int year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    int century = year / 100;
    two(text, at, century);
    two(text, at + 2, year - century * 100);
    text[at + 4] = '-';
    two(text, at + 5, month);
    text[at + 7] = '-';
    two(text, at + 8, day);
  }

  /** Writes {@code value}, 0 to 99, as two decimal digits at {@code from}. */
  private static void two(char[] text, int from, int value) {
    int tens = value / 10;
    text[from] = (char) ('0' + tens);
    text[from + 1] = (char) ('0' + value - tens * 10);
  }

  /** Writes {@code value} as {@code count} decimal digits, with leading zeros, at {@code from}. */
  private static void put(char[] text, int from, int value, int count) {
    int v = value;
    for (int i = from + count - 1; i >= from; i--) {
      text[i] = (char) ('0' + v % 10);
      v /= 10;
    }
  }

  /**
   * Parses {@code text} if it has the writer's form.
   *
   * @param text the text
   * @return the instant, or {@code null} if {@code text} is not in the fast path's form
   */
  static @Nullable Instant parse(String text) {
    return parse(text.toCharArray(), 0, text.length());
  }

  /**
   * Parses {@code n} characters of {@code chars} from {@code offset} if they have the writer's form:
   * the same as {@link #parse(String)} of that text, without making a {@code String} of it.
   *
   * @param chars the buffer
   * @param offset where the text starts
   * @param n the text's length
   * @return the instant, or {@code null} if the text is not in the fast path's form
   */
  static @Nullable Instant parse(char[] chars, int offset, int n) {
    if (n < 20 || n > 30 || n == 21 || chars[offset + 4] != '-' || chars[offset + 7] != '-'
        || chars[offset + 10] != 'T' || chars[offset + 13] != ':' || chars[offset + 16] != ':'
        || chars[offset + n - 1] != 'Z') {
      return null;
    }
    int year = digits(chars, offset, 4);
    int month = digits(chars, offset + 5, 2);
    int day = digits(chars, offset + 8, 2);
    int hour = digits(chars, offset + 11, 2);
    int minute = digits(chars, offset + 14, 2);
    int second = digits(chars, offset + 17, 2);
    if (year < 1 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59) {
      return null; // a field with a non-digit is -1
    }
    boolean leap = (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    if (day > DAYS_IN_MONTH[month - 1] + (month == 2 && leap ? 1 : 0)) {
      return null;
    }
    int nanos = 0;
    if (n > 20) {
      int fraction = n - 21;
      if (chars[offset + 19] != '.' || fraction > 9) {
        return null;
      }
      int f = digits(chars, offset + 20, fraction);
      if (f < 0) {
        return null;
      }
      nanos = f * NANO_SCALE[fraction];
    }
    return Instant.ofEpochSecond(epochDay(year, month, day, leap) * 86_400L + hour * 3_600L + minute * 60L + second, nanos);
  }

  /**
   * Parses {@code text} through the fast path, else through {@link Instant#parse}.
   *
   * @param text the text
   * @return the instant
   * @throws java.time.format.DateTimeParseException if {@code text} is not an ISO-8601 instant
   */
  static Instant parseAny(String text) {
    Instant common = parse(text);
    return common != null ? common : Instant.parse(text);
  }

  /** Days since 1970-01-01 of a valid date; {@code leap} tells whether its year is a leap year. */
  private static long epochDay(int year, int month, int day, boolean leap) {
    long y = year - 1L; // whole years before this one
    long days = 365 * y + y / 4 - y / 100 + y / 400 + DAYS_BEFORE_MONTH[month - 1] + day - 1;
    if (leap && month > 2) {
      days++;
    }
    // `days` counts from 0001-01-01, which is 719,162 days before 1970-01-01
    return days - 719_162L;
  }

  /** The value of {@code count} decimal digits at {@code from}, or -1 if any is not a digit. */
  private static int digits(char[] text, int from, int count) {
    int v = 0;
    for (int i = from; i < from + count; i++) {
      int d = text[i] - '0';
      if (d < 0 || d > 9) {
        return -1;
      }
      v = v * 10 + d;
    }
    return v;
  }
}
