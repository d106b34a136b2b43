package org.okr4j.model;

import java.time.LocalDate;
import org.okr4j.internal.Dates;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * The length of one period of a {@link RecurringMetric} ("15 articles every month"). Periods are
 * laid end to end from the cycle's start: the k-th period starts at {@code start + k × length};
 * the last one is cut short at the cycle's end.
 */
public enum Period {
  /** Seven days. */
  WEEK,
  /** One calendar month from the cycle's start day. */
  MONTH,
  /** Three calendar months from the cycle's start day. */
  QUARTER;

  /**
   * Returns the first day of the {@code k}-th period after {@code origin}.
   *
   * @param origin the first day of period 0, from 1900-01-01 to 9999-12-31
   * @param k the period index, 0 or more
   * @return the first day of period {@code k}
   * @throws org.okr4j.validation.OkrException if {@code origin} is missing or out of range, or
   *     {@code k} is negative
   */
  public LocalDate startOf(LocalDate origin, int k) {
    Dates.date(origin, "origin");
    if (k < 0) {
      throw new OkrException(io.vavr.collection.List.of(
          new OkrError.OutOfRange(OkrPath.of("k"), Integer.toString(k), "≥ 0")));
    }
    return start(origin, k);
  }

  private LocalDate start(LocalDate origin, int k) {
    return switch (this) {
      case WEEK -> origin.plusDays(7L * k);
      case MONTH -> origin.plusMonths(k);
      case QUARTER -> origin.plusMonths(3L * k);
    };
  }

  /**
   * Returns the index of the period that contains {@code date}.
   *
   * @param origin the first day of period 0, from 1900-01-01 to 9999-12-31
   * @param date a date on or after {@code origin}, from 1900-01-01 to 9999-12-31
   * @return the index {@code k} with {@code startOf(origin, k) ≤ date < startOf(origin, k + 1)}; 0
   *     for a date before {@code origin}
   * @throws org.okr4j.validation.OkrException if a date is missing or out of range
   */
  public int indexOf(LocalDate origin, LocalDate date) {
    Dates.date(origin, "origin");
    Dates.date(date, "date");
    long guess = switch (this) {
      case WEEK -> java.time.temporal.ChronoUnit.DAYS.between(origin, date) / 7;
      case MONTH -> java.time.temporal.ChronoUnit.MONTHS.between(origin, date);
      case QUARTER -> java.time.temporal.ChronoUnit.MONTHS.between(origin, date) / 3;
    };
    int k = (int) Math.max(0, guess);
    while (k > 0 && start(origin, k).isAfter(date)) {
      k--;
    }
    while (!start(origin, k + 1).isAfter(date)) {
      k++;
    }
    return k;
  }

  /**
   * Returns how many periods of this length start inside {@code [start, end)}.
   *
   * @param start the first day, from 1900-01-01 to 9999-12-31
   * @param end the first day after the range, from 1900-01-01 to 9999-12-31
   * @return the number of planned periods, at least 1 when the range is not empty
   * @throws org.okr4j.validation.OkrException if a date is missing or out of range
   */
  public int countIn(LocalDate start, LocalDate end) {
    Dates.date(start, "start");
    Dates.date(end, "end");
    if (!end.isAfter(start)) {
      return 0;
    }
    return indexOf(start, end.minusDays(1)) + 1;
  }
}
