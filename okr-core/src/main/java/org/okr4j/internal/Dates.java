package org.okr4j.internal;

import io.vavr.collection.List;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * okr4j's date domain: every date in a model value lies in {@code [1900-01-01, 9999-12-31]} and
 * every instant in {@code [1900-01-01T00:00:00Z, 9999-12-31T23:59:59.999999999Z]}, so that day
 * counts, the day after a due date and conversions between dates and instants in any time zone
 * never leave what {@code java.time} represents. Dates are checked where they enter (builders,
 * factories, the as-of instant of an evaluation); later code relies on the domain. Stateless.
 */
public final class Dates {

  /** The earliest date accepted. */
  public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);

  /** The latest date accepted. */
  public static final LocalDate MAX_DATE = LocalDate.of(9999, 12, 31);

  /** The earliest instant accepted: the start of {@link #MIN_DATE} in UTC. */
  public static final Instant MIN_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

  /** The latest instant accepted: the last nanosecond of {@link #MAX_DATE} in UTC. */
  public static final Instant MAX_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** The date domain in interval notation, for error messages. */
  public static final String DATE_RANGE = "[" + MIN_DATE + ", " + MAX_DATE + "]";

  /** The instant domain in interval notation, for error messages. */
  public static final String INSTANT_RANGE = "[" + MIN_INSTANT + ", " + MAX_INSTANT + "]";

  private Dates() {}

  /**
   * Tells whether {@code date} lies in the date domain.
   *
   * @param date the date
   * @return {@code true} if in {@code [1900-01-01, 9999-12-31]}
   */
  public static boolean inDomain(LocalDate date) {
    return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
  }

  /**
   * Tells whether {@code instant} lies in the instant domain.
   *
   * @param instant the instant
   * @return {@code true} if from 1900-01-01 to the end of 9999-12-31, UTC
   */
  public static boolean inDomain(Instant instant) {
    return !instant.isBefore(MIN_INSTANT) && !instant.isAfter(MAX_INSTANT);
  }

  /**
   * Checks an instant argument of a throwing entry point, such as the as-of instant of an
   * evaluation.
   *
   * @param instant the instant
   * @param name the parameter's name, the error's path
   * @return the instant
   * @throws OkrException with {@code okr.required} or {@code okr.out-of-range} at {@code /name}
   */
  public static Instant instant(@Nullable Instant instant, String name) {
    OkrPath path = OkrPath.of(name);
    if (instant == null) {
      throw new OkrException(List.of(new OkrError.Required(path)));
    }
    if (!inDomain(instant)) {
      throw new OkrException(List.of(new OkrError.OutOfRange(path, instant.toString(), INSTANT_RANGE)));
    }
    return instant;
  }

  /**
   * Checks a date argument of a throwing entry point.
   *
   * @param date the date
   * @param name the parameter's name, the error's path
   * @return the date
   * @throws OkrException with {@code okr.required} or {@code okr.out-of-range} at {@code /name}
   */
  public static LocalDate date(@Nullable LocalDate date, String name) {
    OkrPath path = OkrPath.of(name);
    if (date == null) {
      throw new OkrException(List.of(new OkrError.Required(path)));
    }
    if (!inDomain(date)) {
      throw new OkrException(List.of(new OkrError.OutOfRange(path, date.toString(), DATE_RANGE)));
    }
    return date;
  }
}
