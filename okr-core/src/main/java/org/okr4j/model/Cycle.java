package org.okr4j.model;

import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;
import org.okr4j.internal.Dates;
import org.okr4j.internal.Invariants;
import org.okr4j.internal.Problems;
import org.okr4j.validation.OkrError;
import org.okr4j.validation.OkrException;
import org.okr4j.validation.OkrPath;

/**
 * A named OKR period, such as a quarter or a year: the half-open date range
 * {@code [start, end)} in a time zone, optionally inside a parent cycle (year &gt; quarter).
 *
 * <p>The range is half-open: {@code start} is the first day of the cycle and {@code end} the first
 * day after it, so Q1 2026 is {@code [2026-01-01, 2026-04-01)} and adjacent quarters never
 * overlap. Instants are mapped to dates in {@link #zone()} (UTC unless set): the cycle runs from
 * the start of {@code start} to the start of {@code end} in that zone.
 *
 * <pre>{@code
 * Cycle q1 = Cycle.of("2026-q1", "Q1 2026", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 4, 1));
 * q1.contains(LocalDate.of(2026, 3, 31)); // true
 * q1.contains(LocalDate.of(2026, 4, 1));  // false
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Cycle {

  /** The earliest date accepted, to keep instants and day counts in range: 1900-01-01. */
  public static final LocalDate MIN_DATE = Dates.MIN_DATE;

  /** The latest date accepted: 9999-12-31. */
  public static final LocalDate MAX_DATE = Dates.MAX_DATE;

  Cycle() {}

  /**
   * Returns the cycle's id.
   *
   * @return the id
   */
  public abstract CycleId id();

  /**
   * Returns the cycle's display name, such as {@code Q1 2026}.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * Returns the first day of the cycle (inclusive).
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * Returns the first day after the cycle (exclusive).
   *
   * @return the end date
   */
  public abstract LocalDate end();

  /**
   * Returns the enclosing cycle, such as the year of a quarter.
   *
   * @return the parent's id, if any
   */
  public abstract Option<CycleId> parent();

  /**
   * Returns the time zone in which the cycle's dates start and end.
   *
   * @return the zone, UTC by default
   */
  public abstract ZoneId zone();

  @Value.Check
  void checkInvariants() {
    Invariants.require(end().isAfter(start()), "a cycle ends after it starts");
  }

  /**
   * Validates and builds a cycle.
   *
   * @param id the id, may be {@code null}
   * @param name the name, may be {@code null}
   * @param start the first day, may be {@code null}
   * @param end the first day after the cycle, may be {@code null}
   * @param parent the parent cycle's id, or {@code null} for none
   * @param zone the time zone, or {@code null} for UTC
   * @return the cycle, or every problem (paths {@code /id}, {@code /name}, {@code /start},
   *     {@code /end})
   */
  public static Validation<Seq<OkrError>, Cycle> validate(
      @Nullable String id, @Nullable String name, @Nullable LocalDate start, @Nullable LocalDate end,
      @Nullable String parent, @Nullable ZoneId zone) {
    Problems problems = new Problems();
    String checkedId = problems.id(id, OkrPath.of("id"));
    String checkedName = problems.text(name, OkrPath.of("name"));
    LocalDate first = problems.date(start, OkrPath.of("start"));
    LocalDate after = problems.date(end, OkrPath.of("end"));
    if (first != null && after != null && !after.isAfter(first)) {
      problems.add(new OkrError.EmptyRange(OkrPath.of("end"), first.toString(), after.toString()));
    }
    String checkedParent = parent == null ? null : problems.id(parent, OkrPath.of("parent"));
    if (checkedId != null && checkedId.equals(checkedParent)) {
      problems.add(new OkrError.CyclicReference(OkrPath.of("parent"), io.vavr.collection.List.of(checkedId, checkedId)));
    }
    return problems.result(() -> ImmutableCycle.of(
        ImmutableCycleId.of(checkedId), checkedName, start, end,
        Option.of(checkedParent).map(ImmutableCycleId::of),
        zone == null ? ZoneOffset.UTC : zone));
  }

  /**
   * Returns a top-level cycle in UTC.
   *
   * @param id the id
   * @param name the name
   * @param start the first day
   * @param end the first day after the cycle
   * @return the cycle
   * @throws OkrException if any input is invalid
   */
  public static Cycle of(String id, String name, LocalDate start, LocalDate end) {
    return OkrException.getOrThrow(validate(id, name, start, end, null, null));
  }

  /**
   * Returns a copy of this cycle inside {@code parent}.
   *
   * @param parent the enclosing cycle's id
   * @return the copy
   * @throws OkrException if {@code parent} is missing or this cycle's own id
   */
  public Cycle withParent(CycleId parent) {
    return OkrException.getOrThrow(validate(id().value(), name(), start(), end(),
        Problems.require(parent, "parent").value(), zone()));
  }

  /**
   * Returns a copy of this cycle in another time zone.
   *
   * @param zone the zone
   * @return the copy
   * @throws OkrException with {@code okr.required} at {@code /zone} if it is missing
   */
  public Cycle withZone(ZoneId zone) {
    return ImmutableCycle.of(id(), name(), start(), end(), parent(), Problems.require(zone, "zone"));
  }

  /**
   * Tells whether {@code date} lies in {@code [start, end)}.
   *
   * @param date the date
   * @return {@code true} if inside the cycle
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public boolean contains(LocalDate date) {
    Problems.require(date, "date");
    return !date.isBefore(start()) && date.isBefore(end());
  }

  /**
   * Tells whether {@code instant} lies in {@code [startInstant(), endInstant())}.
   *
   * @param instant the instant
   * @return {@code true} if inside the cycle
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public boolean contains(Instant instant) {
    Problems.require(instant, "instant");
    return !instant.isBefore(startInstant()) && instant.isBefore(endInstant());
  }

  /**
   * Tells whether the two cycles share at least one day.
   *
   * @param other the other cycle
   * @return {@code true} if the ranges overlap
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public boolean overlaps(Cycle other) {
    Problems.require(other, "other");
    return start().isBefore(other.end()) && other.start().isBefore(end());
  }

  /**
   * Tells whether {@code other} lies entirely inside this cycle (a cycle encloses itself).
   *
   * @param other the other cycle
   * @return {@code true} if {@code other}'s range is within this one's
   * @throws OkrException with {@code okr.required} if an argument is missing
   */
  public boolean encloses(Cycle other) {
    Problems.require(other, "other");
    return !other.start().isBefore(start()) && !other.end().isAfter(end());
  }

  /**
   * Returns the instant the cycle starts: the start of {@link #start()} in {@link #zone()}.
   *
   * @return the start instant
   */
  public Instant startInstant() {
    return start().atStartOfDay(zone()).toInstant();
  }

  /**
   * Returns the instant the cycle ends (exclusive): the start of {@link #end()} in {@link #zone()}.
   *
   * @return the end instant
   */
  public Instant endInstant() {
    return end().atStartOfDay(zone()).toInstant();
  }

  /**
   * Returns the number of days in the cycle.
   *
   * @return {@code end − start} in days, at least 1
   */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start(), end());
  }

}
