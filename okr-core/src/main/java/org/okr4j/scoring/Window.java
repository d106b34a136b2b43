package org.okr4j.scoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.okr4j.model.CheckIn;
import org.okr4j.model.Cycle;
import org.okr4j.model.KeyResult;

/**
 * The time window of one key result: from its cycle's start to its due date (the cycle's end when
 * it has none; an explicit due date counts as a whole day, so the window ends the day after).
 * It remembers the last share of time computed, so it is confined to one evaluation and one thread.
 */
final class Window {

  final Cycle cycle;
  final Instant start;
  final Instant end;
  /** The instant the cycle ends: the window's own end when it has no due date. */
  final Instant cycleEnd;
  final ZoneId zone;
  final LocalDate startDate;
  final LocalDate endDate;
  private final BigDecimal seconds;
  private final BigDecimal days;
  // the last fraction computed, as most key results of an evaluation share a window and an instant
  private @Nullable Instant memoAt;
  private ExpectedProgress.@Nullable DayCount memoDayCount;
  private @Nullable BigDecimal memo;

  private Window(Cycle cycle, LocalDate endDate) {
    this.cycle = cycle;
    this.zone = cycle.zone();
    this.startDate = cycle.start();
    this.endDate = endDate;
    this.start = cycle.startInstant();
    this.end = endDate.atStartOfDay(zone).toInstant();
    this.cycleEnd = endDate.equals(cycle.end()) ? end : cycle.endInstant();
    this.seconds = between(start, end);
    this.days = BigDecimal.valueOf(ChronoUnit.DAYS.between(startDate, endDate));
  }

  static Window of(Cycle cycle, KeyResult keyResult) {
    return new Window(cycle, endDate(cycle, keyResult));
  }

  static LocalDate endDate(Cycle cycle, KeyResult keyResult) {
    return keyResult.dueDate().isDefined() ? keyResult.dueDate().get().plusDays(1) : cycle.end();
  }

  /** Tells whether the window has closed at {@code at}. */
  boolean isClosed(Instant at) {
    return !at.isBefore(end);
  }

  /**
   * Returns the share of the window elapsed at {@code at}, in [0, 1]: by instants, or by whole days
   * counting the current day as elapsed.
   */
  BigDecimal fraction(Instant at, ExpectedProgress.DayCount dayCount) {
    if (at.equals(memoAt) && dayCount == memoDayCount) {
      return memo;
    }
    BigDecimal f = compute(at, dayCount);
    memoAt = at;
    memoDayCount = dayCount;
    memo = f;
    return f;
  }

  private BigDecimal compute(Instant at, ExpectedProgress.DayCount dayCount) {
    if (!at.isAfter(start) && start.isBefore(end)) {
      return BigDecimal.ZERO;
    }
    if (!at.isBefore(end)) {
      return BigDecimal.ONE;
    }
    if (!start.isBefore(end)) {
      return BigDecimal.ZERO;
    }
    if (dayCount == ExpectedProgress.DayCount.WHOLE_DAYS) {
      long elapsed = ChronoUnit.DAYS.between(startDate, date(at)) + 1;
      return Decimals.div(BigDecimal.valueOf(elapsed), days).min(BigDecimal.ONE);
    }
    return Decimals.div(between(start, at), seconds);
  }

  /** Returns the date of {@code at} in the cycle's zone, with {@code at} kept within the model's instants. */
  LocalDate date(Instant at) {
    Instant safe = at.isBefore(CheckIn.MIN_INSTANT) ? CheckIn.MIN_INSTANT
        : at.isAfter(CheckIn.MAX_INSTANT) ? CheckIn.MAX_INSTANT : at;
    return LocalDate.ofInstant(safe, zone);
  }

  /** Returns {@code b − a} in seconds, exactly. */
  static BigDecimal between(Instant a, Instant b) {
    long s = b.getEpochSecond() - a.getEpochSecond();
    int n = b.getNano() - a.getNano();
    BigDecimal v = BigDecimal.valueOf(s);
    return n == 0 ? v : v.add(BigDecimal.valueOf(n, 9));
  }
}
